"""The SQLite store: sync state, records, opportunities, interviews and the approval queue.

`Database` owns the connection; the sibling modules hold the SQL for one concern each
(`mail`, `understanding`, `calendar`, `queue`). Only this package imports sqlite3.
"""

from assistant.store.db import Database

__all__ = ["Database"]
