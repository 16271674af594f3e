"""Follow-up assistant for job seekers.

Reads calendars and a mailbox, notices missed, upcoming and finished interviews and rejections,
and queues the right draft reply for the user's approval. Nothing is sent without that approval.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
