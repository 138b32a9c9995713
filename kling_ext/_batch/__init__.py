"""``kling_ext.batch``: resumable bulk generation from a JSONL file (see :mod:`kling_ext.batch`).

``_jobs`` parses and validates the job lines, ``_journal`` records every job's state in SQLite,
``_limits`` adapts the concurrency to Kling's refusals, ``_report`` says how a run went,
``_backend`` runs the client calls (the sync client in worker threads, the async client directly)
and ``_runner`` is the one async core.
"""
