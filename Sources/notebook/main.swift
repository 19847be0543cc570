import NotebookKit
print("notebook")
