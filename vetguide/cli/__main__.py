from vetguide.cli.command import main

main()
