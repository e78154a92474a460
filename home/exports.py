"""Spreadsheet exports from the admin that a spreadsheet program never runs as formulas.

A value a reader typed (a name, a remark) that starts with =, +, -, @ or a tab or carriage
return would be read as a formula by Excel or LibreOffice (CSV injection). Wagtail's list
exports (snippet and model listings, form submissions) write such values unchanged in CSV;
views with this mixin put a quote in front. XLSX cells are already written as text.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


class FormulaSafeExportMixin:
    """Mix into a view that uses Wagtail's SpreadsheetExportMixin, before it."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == SpreadsheetExportMixin.FORMAT_CSV:
            return neutralise_formula(value)
        return value
