from counter.cli import main

raise SystemExit(main())
