"""What every layer may use: user errors, the clock, visible text, shipped data, locations."""
