"""Use cases: each public function is one user action in one transaction."""
