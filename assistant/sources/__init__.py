"""Sources: the I/O edge that reads mailboxes and calendars into records.

Each source returns `records.Email` / `records.CalendarEvent` and `records.SkippedItem`; no
later stage sees imapclient, mailbox or icalendar objects. Sources never import the store:
the sync modules (`assistant.mailsync`, `assistant.calsync`) carry state between the two.
"""
