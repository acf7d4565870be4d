"""The entry points of the data interchange (持ち出し・持ち帰り).

``export_package`` writes a package (``docs/data-format.md``); ``read_package`` checks
one; ``plan_import`` says what importing it would change; ``apply_import`` applies it,
all or nothing, leaving undecided conflicts as they are here.
"""

from app.services.interchange.apply import apply_import, plan_import
from app.services.interchange.export import ExportResult, export_package
from app.services.interchange.filling import Filled
from app.services.interchange.package import Package, PackageError, PackageProblem, Place
from app.services.interchange.package import read as read_package
from app.services.interchange.plan import (
    Choice,
    Conflict,
    ConflictKind,
    FieldDifference,
    ImportPlan,
    Outcome,
    Skipped,
    TableSummary,
)
from app.services.interchange.rules import Adjustment
from app.services.interchange.serialise import Fault
from app.services.interchange.tables import SCOPES

__all__ = [
    "SCOPES",
    "Adjustment",
    "Choice",
    "Conflict",
    "ConflictKind",
    "ExportResult",
    "Fault",
    "FieldDifference",
    "Filled",
    "ImportPlan",
    "Outcome",
    "Package",
    "PackageError",
    "PackageProblem",
    "Place",
    "Skipped",
    "TableSummary",
    "apply_import",
    "export_package",
    "plan_import",
    "read_package",
]
