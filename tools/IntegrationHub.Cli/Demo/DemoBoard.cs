namespace IntegrationHub.Cli.Demo;

/// <summary>A board the demo pushes for, with the councils (and a postcode district in each) its patients live in.</summary>
public sealed record DemoBoard(string Code, string Name, IReadOnlyList<(string Council, string PostcodeDistrict)> Residences)
{
    public static readonly IReadOnlyList<DemoBoard> All =
    [
        new("S08000031", "Greater Glasgow and Clyde", [("S12000049", "G31"), ("S12000038", "PA1"), ("S12000045", "G64")]),
        new("S08000024", "Lothian", [("S12000036", "EH6"), ("S12000040", "EH54"), ("S12000010", "EH21")]),
        new("S08000016", "Borders", [("S12000026", "TD1")]),
        new("S08000029", "Fife", [("S12000047", "KY1")]),
        new("S08000030", "Tayside", [("S12000042", "DD3"), ("S12000041", "DD11"), ("S12000048", "PH1")]),
    ];
}
