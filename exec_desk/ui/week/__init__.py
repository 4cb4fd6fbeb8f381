"""The "Your week" window: the week along the path (watch → amplify → speak), with its chart."""
