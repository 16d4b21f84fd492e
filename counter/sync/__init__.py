"""Synchronisation with the provincial system: the outbox, the client and its background worker,
and the reference provincial server ("hub"). Sync talks to the store only through the outbox."""
