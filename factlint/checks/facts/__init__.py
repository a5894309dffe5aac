"""Facts and calendar (error): dates, anniversaries, plan periods, regions."""
