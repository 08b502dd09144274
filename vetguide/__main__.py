from vetguide.cli import main

main()
