using EcoTwin.Contracts.Cases;
using EcoTwin.Domain.Cases;
using EcoTwin.Storage.Cases;
using EcoTwin.Web.Api;
using EcoTwin.Web.Auth;
using Microsoft.AspNetCore.Http;

namespace EcoTwin.Web.Cases;

/// <summary>Attachments of cases: multipart upload (field <c>file</c>) into PostgreSQL, then recorded on the case; download.</summary>
public static class CaseAttachments
{
    /// <summary><c>POST /api/cases/{id}/attachments</c>.</summary>
    public static async Task<IResult> UploadAsync(string id, HttpContext http, IGrainFactory grains, CaseAttachmentStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = CurrentUser.Of(http);
        var (grain, _, refusal) = await CaseAccess.FindAsync(id, user, grains, cancellationToken);
        if (grain is null)
        {
            return refusal!;
        }

        if (http.Request.ContentLength > CaseRules.MaxAttachmentBytes + (64 * 1024))
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large", detail: $"Attachments are at most {CaseRules.MaxAttachmentBytes} bytes.");
        }

        if (!http.Request.HasFormContentType || (await http.Request.ReadFormAsync(cancellationToken)).Files["file"] is not { } file)
        {
            return ApiResults.Invalid([new("file", "send the file as multipart/form-data in the field 'file'")]);
        }

        var errors = CaseRules.Attachment(file.FileName, file.ContentType, file.Length);
        if (errors.Count > 0)
        {
            return ApiResults.Invalid(errors);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var info = new CaseAttachmentInfo(Guid.NewGuid().ToString("N")[..16], Path.GetFileName(file.FileName), file.ContentType, (int)file.Length, user.Name, time.GetUtcNow());
        await store.AddAsync(new StoredAttachment(info.Id, id, info.FileName, info.ContentType, info.Size, buffer.ToArray(), user.Name, info.UploadedAt), cancellationToken);
        try
        {
            var view = await grain.AttachAsync(info, user.Actor, cancellationToken);
            AuditNote.Set(http, $"case {id} attach {info.FileName} ({info.Size} bytes, {info.ContentType})");
            return Results.Ok(view);
        }
        catch
        {
            await store.DeleteAsync(info.Id, CancellationToken.None); // the case refused it
            throw;
        }
    }

    /// <summary><c>GET /api/cases/{id}/attachments/{attachmentId}</c>.</summary>
    public static async Task<IResult> DownloadAsync(string id, string attachmentId, HttpContext http, IGrainFactory grains, CaseAttachmentStore store, CancellationToken cancellationToken)
    {
        var (grain, _, refusal) = await CaseAccess.FindAsync(id, CurrentUser.Of(http), grains, cancellationToken);
        if (grain is null)
        {
            return refusal!;
        }

        return await store.GetAsync(id, attachmentId, cancellationToken) is { } file
            ? Results.File(file.Content, file.ContentType, file.FileName)
            : ApiResults.NotFound($"Attachment '{attachmentId}'");
    }
}
