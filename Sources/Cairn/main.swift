import Foundation

exit(CairnCommandLine.run(Array(CommandLine.arguments.dropFirst())))
