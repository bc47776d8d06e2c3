using EcoTwin.Contracts.MasterData;
using EcoTwin.Contracts.Stations;

namespace EcoTwin.Grains.Stations;

/// <summary>The live twin of one monitoring station.</summary>
public sealed class StationGrain(
    [PersistentState("station", GrainStorageNames.Twins)] IPersistentState<StationState> state,
    TimeProvider time) : Grain, IStationGrain
{
    /// <inheritdoc />
    public async Task RegisterAsync(StationInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        var errors = StationInfoValidation.Validate(info);
        if (errors.Count > 0)
        {
            throw new InvalidMasterDataException(errors[0]);
        }

        if (info.Code != this.GetPrimaryKeyString())
        {
            throw new InvalidMasterDataException(new("code", $"'{info.Code}' does not match the twin's key '{this.GetPrimaryKeyString()}'"));
        }

        state.State.Info = info;
        state.State.MasterDataVersion++;
        state.State.MasterDataChangedAt = time.GetUtcNow();
        await state.WriteStateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<StationInfo?> GetInfoAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(state.State.Info);
}
