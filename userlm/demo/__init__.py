"""``userlm demo``: the four jobs end to end (``pipeline``), the serve-and-agents stage (``serve``), its CLI."""
