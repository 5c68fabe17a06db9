namespace Dashboard.Data.Indicators.Data;

/// <summary>Orders facts by practice, so that the facts of one practice are one range of an array.</summary>
internal static class PracticeRanges
{
    /// <summary>
    /// The positions of the items in practice order (a counting sort: items of one practice keep their order), leaving out
    /// those at an unknown practice (−1); <paramref name="starts"/>[p] is where practice p's range begins, [p + 1] where it ends.
    /// </summary>
    public static int[] Order(int[] practiceOf, int practices, out int[] starts)
    {
        starts = new int[practices + 1];
        foreach (var practice in practiceOf)
        {
            if (practice >= 0)
            {
                starts[practice + 1]++;
            }
        }
        for (var p = 0; p < practices; p++)
        {
            starts[p + 1] += starts[p];
        }
        var order = new int[starts[practices]];
        var next = starts[..^1];
        for (var i = 0; i < practiceOf.Length; i++)
        {
            if (practiceOf[i] >= 0)
            {
                order[next[practiceOf[i]]++] = i;
            }
        }
        return order;
    }
}
