"""Allow ``python -m app``."""

import sys

from app.cli.run import main

sys.exit(main())
