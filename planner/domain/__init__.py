"""Domain layer: entities, validation, projection maths and scheduling rules. No Qt, no SQL."""
