import NotebookKit

NotebookCommand.mainExitingWithStatus()
