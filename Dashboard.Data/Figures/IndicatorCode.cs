namespace Dashboard.Data.Figures;

/// <summary>The indicators' codes, in catalogue order; everything else about each is its <see cref="IndicatorCatalogue"/> entry.</summary>
public enum IndicatorCode
{
    P1, P2, P3, P4, P4R, P5, P6R, P7R, P8, P9, P10, P11, P12, P13, P14, P15,
    E1, E2, E3,
    M1, M2, M3,
    W1, W2, W3, W4, W3L, W3H,
}
