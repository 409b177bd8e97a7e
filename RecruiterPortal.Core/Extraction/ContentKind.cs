namespace RecruiterPortal.Core.Extraction;

/// <summary>What a file's leading bytes say it is, whatever its name claims.</summary>
internal enum ContentKind
{
    Unknown,
    Pdf,
    Zip,
    OleCompound,
    Executable,
    Image,
    Rtf,
    Html,
    Text,
}
