// The `Gazette` module is the library's front door: importing it brings the stage modules.
@_exported import GazetteIO
@_exported import GazetteLexicon
@_exported import GazetteRecognition
@_exported import GazetteRelations
@_exported import GazetteText
