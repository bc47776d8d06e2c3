using System.Globalization;

namespace EcoTwin.Domain.Hj212;

/// <summary>
/// Builds responses to a received packet: same QN, PW and MN, ST=91, no subpackaging, no ack
/// wanted. The platform sends 9013 and 9014; 9011 and 9012 go from device to platform (for the
/// device simulator).
/// </summary>
/// <remarks>
/// Answering an HJ 212-2017 packet gives the 2017 form of appendix C, e.g. the data response
/// <c>QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&amp;&amp;&amp;&amp;</c>.
/// Answering an HJ/T 212-2005 packet gives the 2005 form: QN as the first CP item and no Flag
/// (Flag=0 if the packet had a Flag).
/// </remarks>
public static class Hj212Replies
{
    /// <summary>The 9014 data response to an upload whose Flag asks for one (bit A).</summary>
    public static Hj212Packet DataResponse(Hj212Packet upload) => Reply(upload, Hj212Codes.DataResponse, []);

    /// <summary>The 9013 notification response, e.g. to a 1013 time-calibration request.</summary>
    public static Hj212Packet NotificationResponse(Hj212Packet notification) => Reply(notification, Hj212Codes.NotificationResponse, []);

    /// <summary>The 9011 request response <c>QnRtn</c> to a platform request (device simulator).</summary>
    public static Hj212Packet RequestResponse(Hj212Packet request, Hj212QnRtn result) =>
        Reply(request, Hj212Codes.RequestResponse, [new Hj212CpItem("QnRtn", ((int)result).ToString(CultureInfo.InvariantCulture))]);

    /// <summary>The 9012 execution result <c>ExeRtn</c> of a platform request (device simulator).</summary>
    public static Hj212Packet ExecutionResult(Hj212Packet request, Hj212ExeRtn result) =>
        Reply(request, Hj212Codes.ExecutionResult, [new Hj212CpItem("ExeRtn", ((int)result).ToString(CultureInfo.InvariantCulture))]);

    private static Hj212Packet Reply(Hj212Packet to, string cn, List<Hj212CpItem> cp)
    {
        ArgumentNullException.ThrowIfNull(to);
        var qn = to.EffectiveQn ?? throw new ArgumentException("the packet carries no QN to answer", nameof(to));
        if (to.Edition != Hj212Edition.Hj2005)
        {
            return new Hj212Packet { Qn = qn, St = Hj212Codes.SystemInteraction, Cn = cn, Pw = to.Pw, Mn = to.Mn, Flag = 4, Cp = cp };
        }

        cp.Insert(0, new Hj212CpItem("QN", qn));
        return new Hj212Packet { St = Hj212Codes.SystemInteraction, Cn = cn, Pw = to.Pw, Mn = to.Mn, Flag = to.Flag is null ? null : 0, Cp = cp };
    }
}
