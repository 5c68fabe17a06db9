using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dashboard.Tests.Browser;

/// <summary>axe-core on a page or a part of it: a critical or serious violation fails the test with rule, element and markup.</summary>
public static class AxeCheck
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where) =>
        Assert(await page.RunAxe(), where);

    public static async Task AssertNoSeriousViolationsAsync(ILocator part, string where) =>
        Assert(await part.RunAxe(), where);

    private static void Assert(AxeResult result, string where)
    {
        var violations = result.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
        Xunit.Assert.True(violations.Count == 0, $"axe on {where}:{Environment.NewLine}{Describe(violations)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine, violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}"
        + string.Join(Environment.NewLine, v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"))));
}
