"""The Qt layer: shows what the core computes and asks for what it needs. No logic of its own."""
