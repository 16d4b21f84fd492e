"""The kinds of printed form a dossier has (importable without reportlab, for the command line)."""

FORM_KINDS = ("receipt", "supplement", "refusal", "transfer", "control", "extension", "stop", "return")
