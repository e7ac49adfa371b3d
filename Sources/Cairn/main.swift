import CairnWeb
print("cairn")
