"""The reference provincial server ("hub"): implements the sync protocol faithfully so the whole
loop — counter, province, department decisions — runs on one machine, and so the client's
exactly-once behaviour can be proved against a real server."""
