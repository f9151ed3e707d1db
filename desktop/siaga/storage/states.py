"""The delivery states of a message, per recipient, as the outbox keeps them and the apps show them."""

QUEUED = "queued"
SENDING = "sending"
DELIVERED = "delivered"
RETRYING = "failed-retrying"
GAVE_UP = "given-up"
RELAYED = "relayed"  # accepted by a hub for forwarding; waiting for the recipient's receipt
DELIVERY_STATES = (QUEUED, SENDING, RELAYED, DELIVERED, RETRYING, GAVE_UP)
