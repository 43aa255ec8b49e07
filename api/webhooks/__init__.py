"""Webhooks: each change of the feed sent, signed per Standard Webhooks, to the receivers
the Secretariat subscribed, by a background task (``api.webhooks.tasks``)."""
