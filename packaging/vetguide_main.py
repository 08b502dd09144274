"""Entry point of the frozen bundle: ``vetguide`` (windowed) and ``vetguide-cli`` (console)
both run the ``vetguide`` command; without a sub-command it opens the app."""

from vetguide.cli import main

if __name__ == "__main__":
    main()
