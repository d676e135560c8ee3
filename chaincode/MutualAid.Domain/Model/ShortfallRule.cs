namespace MutualAid.Domain.Model;

/// <summary>The explicit rule for the part of a sharing period that members' caps prevent; never a silent overrun.</summary>
public enum ShortfallRule
{
    /// <summary>The pool's locked reserve funds it; recorded as a ReserveDraw entry.</summary>
    ReserveDraw,

    /// <summary>The period's benefits are cut pro rata to their approved amounts; recorded on the period and the claims.</summary>
    ProRataBenefit,
}
