using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Lists.Seeding;

/// <summary>
/// The contacts "Samverkan mellan Guangzhou och Linköpings kommun" says the international function must keep and
/// strengthen (Utrikesdepartementet, the embassy in Beijing, the consulate general in Hong Kong) and people on the
/// partners' side. The people, addresses and numbers are invented (example domain, numbers out of use).
/// </summary>
internal static class ContactsDemo
{
    public static IEnumerable<Contact> Contacts(int guangzhou, int macau)
    {
        yield return new Contact("Anna Berg", "Utrikesdepartementet", "Handläggare, enheten för Asien och Stillahavsregionen", null, ContactKind.SwedishAuthority,
            "anna.berg@ud.example", "+46 8 000 000 01", "Informeras före varje delegationsresa till Kina.");
        yield return new Contact("Erik Lund", "Sveriges ambassad i Peking", "Ambassadråd", null, ContactKind.SwedishAuthority,
            "erik.lund@ambassad.example", "+86 10 0000 0001", "Kontakt inför politiska besök och avtalsskrivningar.");
        yield return new Contact("Maria Holm", "Generalkonsulatet i Hongkong", "Generalkonsul", null, ContactKind.SwedishAuthority,
            "maria.holm@konsulat.example", "+852 0000 0001", "Täcker Guangdong och Macau; främjande av handel och turism.");
        yield return new Contact("Chen Jing", "Guangzhous utbildningsbyrå", "Sektionschef, internationellt utbyte", guangzhou, ContactKind.PartnerCity,
            "chen.jing@gz-edu.example", "+86 20 0000 0001", "Samordnar elev- och lärarutbytena.");
        yield return new Contact("Liang Wei", "Guangzhous utrikeskontor", "Programansvarig för Europa", guangzhou, ContactKind.PartnerCity,
            "liang.wei@gz-fao.example", "+86 20 0000 0002", "Vår ingång till stadens ledning; bokar möten med borgmästaren.");
        yield return new Contact("Zhou Min", "Guangzhous stadsplaneringsbyrå", "Planeringsarkitekt", guangzhou, ContactKind.PartnerCity,
            "zhou.min@gz-plan.example", string.Empty, "Leder delegationen om hållbar stadsutveckling.");
        yield return new Contact("Ho Ka Man", "University of Macau", "Internationella relationer", macau, ContactKind.University,
            "ho.kaman@um.example", "+853 0000 0001", "Studentutbytet med Linköpings universitet.");
    }
}
