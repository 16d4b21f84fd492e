"""The Qt desktop: thin widgets that ask services and show their answers (no SQL, no HTTP)."""
