"""The names of counter.transport (the policy for talking to servers outside), where the sync code
and the UI have always imported them from."""

from counter.transport import ALLOW_SETTING, allowed_by_setting, is_loopback, network_message, plain_http, refusal

__all__ = ["ALLOW_SETTING", "allowed_by_setting", "is_loopback", "network_message", "plain_http", "refusal"]
