import sys

from userlm.cli import main

sys.exit(main())
