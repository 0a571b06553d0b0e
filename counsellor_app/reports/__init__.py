"""PDF reports made with ReportLab: domain records in, PDF bytes out; no Qt, no database."""

from counsellor_app.reports.comparison_digest import comparison_digest_pdf
from counsellor_app.reports.exchange_summary import exchange_summary_pdf
from counsellor_app.reports.options import ReportError, ReportOptions

__all__ = ["ReportError", "ReportOptions", "comparison_digest_pdf", "exchange_summary_pdf"]
