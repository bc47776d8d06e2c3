using EcoTwin.Storage.Batching;

namespace EcoTwin.Integration.Tests.Storage;

public sealed class ByteBudgetTests
{
    [Fact]
    public void Room_is_taken_until_the_capacity_and_given_back_on_release()
    {
        var budget = new ByteBudget(100);

        Assert.True(budget.TryTake(60));
        Assert.True(budget.TryTake(40));
        Assert.False(budget.TryTake(1));
        Assert.Equal(100, budget.Held);

        budget.Release(40);
        Assert.True(budget.TryTake(30));
        Assert.Equal(90, budget.Held);
    }

    [Fact]
    public void One_item_larger_than_the_budget_is_admitted_only_into_an_empty_queue()
    {
        var budget = new ByteBudget(100);

        Assert.True(budget.TryTake(500));
        Assert.False(budget.TryTake(1));
        budget.Release(500);
        Assert.True(budget.TryTake(1));
        Assert.False(budget.TryTake(500));
    }

    [Fact]
    public void Concurrent_takers_never_hold_more_than_the_capacity()
    {
        var budget = new ByteBudget(1000);
        var taken = 0L;

        Parallel.For(0, 10_000, _ =>
        {
            if (budget.TryTake(7))
            {
                Interlocked.Add(ref taken, 7);
            }
        });

        Assert.Equal(taken, budget.Held);
        Assert.InRange(taken, 994, 1000);
    }

    [Fact]
    public void A_budget_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ByteBudget(0));
}
