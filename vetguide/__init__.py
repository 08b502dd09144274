"""vetguide: a desktop guide to Erasmus+ opportunities for VET institutions."""

__version__ = "0.1.0"
