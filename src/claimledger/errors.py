"""Errors raised by claimledger.

ClaimLedgerError
├── InvalidDocument        input that is not a usable document (empty, binary, wrong encoding, too large)
├── FetchRefused           a URL that claimledger will not fetch (scheme, private address, size, time)
├── GazetteerError         an alias file that cannot be read or is malformed
├── ConfigError            a setting with an invalid value
└── StoreError             the database cannot be opened, migrated or written
    └── NotFound           a requested record does not exist
"""


class ClaimLedgerError(Exception):
    """Root of every error claimledger raises on purpose."""


class InvalidDocument(ClaimLedgerError):
    pass


class FetchRefused(ClaimLedgerError):
    pass


class GazetteerError(ClaimLedgerError):
    pass


class ConfigError(ClaimLedgerError):
    pass


class StoreError(ClaimLedgerError):
    pass


class NotFound(StoreError):
    pass
