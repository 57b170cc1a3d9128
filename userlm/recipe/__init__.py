"""``userlm train simulator``: the recipe that trains, evaluates and packages the simulator userlm ships."""
