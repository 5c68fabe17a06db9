namespace Dashboard.Data.Figures.Settings;

/// <summary>A sales category's CO2 factor (kg CO2-eq per kg reused) and average item weight (kg), each with its source (docs/indicatoren.md#milieu).</summary>
public sealed record CategorySetting(string Category, decimal Co2Factor, string Co2Source, decimal AverageWeightKg, string WeightSource);
