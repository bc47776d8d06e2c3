using EcoTwin.Domain.Cases;

namespace EcoTwin.Domain.Tests.Cases;

/// <summary>Every (stage, action) pair of the case state machine: the legal ones lead where they should, all others are refused.</summary>
public sealed class CaseWorkflowTests
{
    private static readonly Dictionary<(CaseStage, CaseAction), CaseStage> Legal = new()
    {
        [(CaseStage.Raised, CaseAction.Dispatch)] = CaseStage.Dispatched,
        [(CaseStage.Raised, CaseAction.Note)] = CaseStage.Raised,
        [(CaseStage.Dispatched, CaseAction.Dispatch)] = CaseStage.Dispatched,
        [(CaseStage.Dispatched, CaseAction.Accept)] = CaseStage.Handling,
        [(CaseStage.Dispatched, CaseAction.Note)] = CaseStage.Dispatched,
        [(CaseStage.Handling, CaseAction.Dispatch)] = CaseStage.Dispatched,
        [(CaseStage.Handling, CaseAction.Note)] = CaseStage.Handling,
        [(CaseStage.Handling, CaseAction.Finding)] = CaseStage.Handling,
        [(CaseStage.Handling, CaseAction.Attach)] = CaseStage.Handling,
        [(CaseStage.Handling, CaseAction.Submit)] = CaseStage.Review,
        [(CaseStage.Review, CaseAction.Note)] = CaseStage.Review,
        [(CaseStage.Review, CaseAction.Approve)] = CaseStage.Closed,
        [(CaseStage.Review, CaseAction.SendBack)] = CaseStage.Handling,
        [(CaseStage.Closed, CaseAction.Reopen)] = CaseStage.Handling,
    };

    public static TheoryData<CaseStage, CaseAction, CaseStage> LegalTransitions()
    {
        var data = new TheoryData<CaseStage, CaseAction, CaseStage>();
        foreach (var ((stage, action), next) in Legal)
        {
            data.Add(stage, action, next);
        }

        return data;
    }

    public static TheoryData<CaseStage, CaseAction> IllegalTransitions()
    {
        var data = new TheoryData<CaseStage, CaseAction>();
        foreach (var stage in Enum.GetValues<CaseStage>())
        {
            foreach (var action in Enum.GetValues<CaseAction>().Where(action => !Legal.ContainsKey((stage, action))))
            {
                data.Add(stage, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void Legal_transition_leads_to_its_next_stage(CaseStage stage, CaseAction action, CaseStage next)
    {
        Assert.Equal(next, CaseWorkflow.Next(stage, action));
        Assert.Contains(action, CaseWorkflow.Allowed(stage));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Illegal_transition_is_refused_naming_the_stage_and_what_is_allowed(CaseStage stage, CaseAction action)
    {
        Assert.Null(CaseWorkflow.Next(stage, action));
        Assert.DoesNotContain(action, CaseWorkflow.Allowed(stage));
        var message = CaseWorkflow.Refusal(stage, action);
        Assert.Contains($"is {CaseWorkflow.Name(stage)}", message);
        Assert.All(CaseWorkflow.Allowed(stage), allowed => Assert.Contains(CaseWorkflow.Name(allowed), message));
    }

    [Fact]
    public void Table_covers_all_45_pairs_with_14_legal()
    {
        Assert.Equal(45, Enum.GetValues<CaseStage>().Length * Enum.GetValues<CaseAction>().Length);
        Assert.Equal(14, Enum.GetValues<CaseStage>().Sum(stage => CaseWorkflow.Allowed(stage).Count));
        Assert.Equal(31, IllegalTransitions().Count());
    }

    [Fact]
    public void Closed_case_only_reopens()
    {
        Assert.Equal([CaseAction.Reopen], CaseWorkflow.Allowed(CaseStage.Closed));
        Assert.Equal("Cannot approve a case that is closed; allowed now: reopen", CaseWorkflow.Refusal(CaseStage.Closed, CaseAction.Approve));
    }

    [Theory]
    [InlineData(CaseStage.Raised, false)]
    [InlineData(CaseStage.Dispatched, true)]
    [InlineData(CaseStage.Handling, true)]
    [InlineData(CaseStage.Review, false)]
    [InlineData(CaseStage.Closed, false)]
    public void Deadline_runs_from_dispatch_until_submit(CaseStage stage, bool runs) => Assert.Equal(runs, CaseWorkflow.DeadlineRuns(stage));
}
