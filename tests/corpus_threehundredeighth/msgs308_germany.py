"""Corpus 308, employers and agencies in Cologne and Aachen. Hand-written specs."""

from __future__ import annotations

from msgs308_common import T, ics, msg, own

# ------------------------------------------------------------------ Rheinpixel Games (Cologne)
LENA = ("Lena Kowalski", "lena.kowalski@rheinpixel.example.de")
JONAS = ("Jonas Brandt", "jonas.brandt@rheinpixel.example.de")
TOBIAS = ("Tobias Reuter", "tobias.reuter@rheinpixel.example.de")

RHEINPIXEL = [
    msg("application_received", "rp_ack", "de", ("Rheinpixel Games", "noreply@personio.de"),
        "Deine Bewerbung bei Rheinpixel Games", "2026-06-02 09:12 +0200",
        T("""
        Hallo Hugo,

        vielen Dank für deine Bewerbung als UI/UX Designer (m/w/d) bei Rheinpixel Games!
        Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen genau
        an.

        Wir melden uns spätestens in zwei Wochen bei dir.

        Viele Grüße
        Dein Rheinpixel-Team

        Rheinpixel Games GmbH · Schanzenstraße 6 · 51063 Köln
        """), company="Rheinpixel Games", fmt="alt", brand="Rheinpixel Games",
        color="#b91c1c"),
    msg("interview_invitation", "rp_invite", "en", LENA,
        "Rheinpixel Games – first interview (UI/UX Designer)", "2026-06-15 15:30 +0200",
        T("""
        Hi Hugo,

        Thanks for applying – we loved the inventory and map concepts in your portfolio!
        I'd like to invite you to a first video interview with me and our Art Director,
        Malte.

        When: Tuesday, 23 June 2026, 16:00–17:00 (CEST)
        Where: Google Meet (link in the calendar invite)

        We'll talk about your move from graphic design into UX and walk through one project
        of your choice.

        Cheers,
        Lena Kowalski
        Lead UX Designer | Rheinpixel Games
        """), company="Rheinpixel Games", fmt="alt",
        ics=ics("REQUEST", "rp-ux-hm-01@rheinpixel.example.de", 0, "20260623T160000",
                "20260623T170000", "Interview Hugo Marchetti – UI/UX Designer",
                "Google Meet", LENA)),
    msg("interview_reschedule_or_cancel", "rp_moved", "de", JONAS,
        "Neuer Termin für dein Interview am 23.06.", "2026-06-18 10:05 +0200",
        T("""
        Hallo Hugo,

        ich melde mich aus dem People-Team: Malte ist nächste Woche leider auf einer Messe,
        deshalb müssen wir euer Gespräch am 23.06. verschieben. Neuer Vorschlag: Donnerstag,
        25.06., 10:00–11:00 Uhr, gleicher Meet-Link. Die aktualisierte Einladung hängt an.

        Passt dir das?

        Viele Grüße
        Jonas Brandt
        People & Culture | Rheinpixel Games
        """), company="Rheinpixel Games", reply_of="rp_invite", quote="en", fmt="alt",
        ics=ics("REQUEST", "rp-ux-hm-01@rheinpixel.example.de", 1, "20260625T100000",
                "20260625T110000", "Interview Hugo Marchetti – UI/UX Designer",
                "Google Meet", LENA)),
    own("rp_own_confirm", "de", JONAS, "Re: Neuer Termin für dein Interview am 23.06.",
        "2026-06-18 12:40 +0200",
        T("""
        Hallo Jonas,

        danke für die Info – Donnerstag, 25.06. um 10 Uhr passt mir gut. Ich freue mich auf
        das Gespräch mit Lena und Malte.

        Viele Grüße aus Lüttich
        Hugo
        """), reply_of="rp_moved", quote="de", cte="8bit"),
    msg("interview_invitation", "rp_trialday", "en", LENA,
        "Next step: Design Challenge Day in Cologne", "2026-07-08 17:45 +0200",
        T("""
        Hi Hugo,

        Great talking to you last month – the team would love to have you over for our
        Design Challenge Day, the final step of our process.

        Date: Tuesday, 21 July 2026, 9:30–16:00
        Place: Rheinpixel Games, Schanzenstraße 6, 51063 Köln (3rd floor)

        You'll spend the day with the UI team redesigning a menu flow from our current game,
        then present it at 15:00. Lunch is on us and we'll cover your train ticket from
        Liège – just keep the receipt.

        Let me know if the date works.

        Lena
        """), company="Rheinpixel Games", cte="base64"),
    msg("offer", "rp_offer_call", "de", TOBIAS,
        "Unser Angebot – wie eben am Telefon besprochen", "2026-08-25 18:20 +0200",
        T("""
        Hallo Hugo,

        schön, dass wir eben telefonieren konnten! Wie besprochen möchten wir dir sehr gerne
        die Stelle als UI/UX Designer bei Rheinpixel Games anbieten – unbefristet, Vollzeit,
        Start am 1. November 2026 in Köln.

        Jonas schickt dir die Eckdaten morgen schriftlich, das offizielle Angebotsschreiben
        folgt dann von Lena.

        Wir freuen uns riesig, wenn du an Bord kommst!

        Tobias Reuter
        Studio Director | Rheinpixel Games
        """), company="Rheinpixel Games", cte="8bit"),
    msg("offer", "rp_offer_terms", "de", JONAS,
        "Angebot UI/UX Designer – Eckdaten", "2026-08-26 11:00 +0200",
        T("""
        Hallo Hugo,

        wie von Tobias angekündigt, hier die Eckdaten unseres Angebots:

        - Position: UI/UX Designer (m/w/d), unbefristet, 40 Stunden/Woche
        - Start: 1. November 2026
        - Bruttojahresgehalt: 52.000 EUR
        - 30 Urlaubstage, zwei Homeoffice-Tage pro Woche
        - Probezeit: 6 Monate

        Das formelle Angebotsschreiben bekommst du in den nächsten Tagen.

        Viele Grüße
        Jonas Brandt
        People & Culture | Rheinpixel Games
        Rheinpixel Games GmbH, Schanzenstraße 6, 51063 Köln
        Geschäftsführer: Tobias Reuter | HRB 99123 Amtsgericht Köln
        """), company="Rheinpixel Games", charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("q", "utf-8")),
    msg("offer", "rp_offer_letter", "en", LENA,
        "Your offer letter – Rheinpixel Games", "2026-08-28 14:10 +0200",
        T("""
        Hi Hugo,

        As promised, please find attached your official offer letter for the UI/UX Designer
        position. It summarises everything Jonas sent you on Wednesday.

        Please let us know by 7 September whether you accept. Happy to jump on a call if you
        have any questions.

        Best,
        Lena
        """), company="Rheinpixel Games", fmt="alt",
        pdfs=[("Offer_Letter_Hugo_Marchetti.pdf",
               ["Rheinpixel Games - Offer of Employment", "Candidate: Hugo Marchetti",
                "Position: UI/UX Designer", "Start date: 1 November 2026",
                "Annual gross salary: EUR 52,000"])]),
    own("rp_own_relocation", "en", LENA, "Re: Your offer letter – Rheinpixel Games",
        "2026-08-30 20:15 +0200",
        T("""
        Hi Lena,

        Thank you so much – I'm really excited about the offer. Before I sign, could you tell
        me whether Rheinpixel offers any support for relocating from Liège to Cologne, and
        whether the start date could be 15 November instead?

        Best,
        Hugo
        """), reply_of="rp_offer_letter", quote="en"),
    msg("offer", "rp_offer_revised", "en", LENA,
        "Re: Your offer letter – Rheinpixel Games", "2026-09-02 09:35 +0200",
        T("""
        Hi Hugo,

        Good news: we can offer a one-off relocation allowance of EUR 3,000 and a start date
        of 16 November 2026 (the 15th is a Sunday!). I've attached the updated offer letter,
        which replaces the previous one.

        If you're happy with it, Jonas will send the contract for signature.

        Lena
        """), company="Rheinpixel Games", reply_of="rp_own_relocation", quote="en",
        pdfs=[("Offer_Letter_Hugo_Marchetti_v2.pdf",
               ["Rheinpixel Games - Offer of Employment (updated)",
                "Start date: 16 November 2026", "Relocation allowance: EUR 3,000"])]),
    msg("offer", "rp_contract", "de", JONAS,
        "Dein Arbeitsvertrag zur Unterschrift", "2026-09-07 16:02 +0200",
        T("""
        Hallo Hugo,

        super, dass du zugesagt hast! Anbei dein Arbeitsvertrag in zweifacher Ausführung.
        Bitte unterschreibe beide Exemplare und schick uns eines per Post zurück, oder
        unterschreibe digital über den Link, den du gleich separat bekommst.

        Willkommen im Team!

        Jonas Brandt
        People & Culture | Rheinpixel Games
        """), company="Rheinpixel Games", fmt="alt", charset="windows-1252",
        pdfs=[("Arbeitsvertrag_Marchetti.pdf",
               ["Arbeitsvertrag", "zwischen Rheinpixel Games und Hugo Marchetti",
                "Beginn: 16.11.2026", "Position: UI/UX Designer"])]),
]

# ------------------------------------------------------------------ Dreiländereck (Aachen agency)
MIRIAM = ("Miriam Hoffmann", "bewerbung@dreilaendereck.example.de")

DREI = [
    msg("application_received", "drei_ack", "de", MIRIAM,
        "Eingangsbestätigung Ihrer Bewerbung", "2026-02-16 09:30 +0100",
        T("""
        Sehr geehrter Herr Marchetti,

        vielen Dank für Ihre Bewerbung als UX/UI Designer (m/w/d) bei der Kreativagentur
        Dreiländereck. Ihre Unterlagen sind vollständig bei uns eingegangen.

        Wir sichten alle Bewerbungen bis Ende Februar und melden uns anschließend bei Ihnen.

        Mit freundlichen Grüßen
        Miriam Hoffmann
        Office & HR
        Kreativagentur Dreiländereck · Pontstraße 41 · 52062 Aachen
        """), company="Kreativagentur Dreiländereck", charset="iso-8859-1", cte="8bit"),
    msg("interview_invitation", "drei_invite", "de", MIRIAM,
        "Einladung zum Vorstellungsgespräch", "2026-03-03 14:15 +0100",
        T("""
        Sehr geehrter Herr Marchetti,

        wir freuen uns, Sie zu einem persönlichen Gespräch in unsere Agentur einzuladen:

        Termin: Donnerstag, 12. März 2026, 14:00 Uhr
        Ort: Pontstraße 41, 52062 Aachen (2. OG)
        Gesprächspartner: Stefan Offermann (Creative Director) und Miriam Hoffmann

        Bitte bringen Sie zwei bis drei Arbeitsproben mit. Reisekosten können wir leider nicht
        erstatten.

        Mit freundlichen Grüßen
        Miriam Hoffmann
        """), company="Kreativagentur Dreiländereck", fmt="alt", cte="quoted-printable",
        subj_enc=("b", "iso-8859-1")),
    msg("missed_interview_notice", "drei_missed", "de", MIRIAM,
        "Ihr Termin heute um 14 Uhr", "2026-03-12 14:50 +0100",
        T("""
        Sehr geehrter Herr Marchetti,

        wir hatten Sie heute um 14:00 Uhr zum Vorstellungsgespräch erwartet. Leider sind Sie
        nicht erschienen, und telefonisch konnten wir Sie nicht erreichen.

        Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Montag bei uns.

        Mit freundlichen Grüßen
        Miriam Hoffmann
        Kreativagentur Dreiländereck
        """), company="Kreativagentur Dreiländereck", cte="8bit"),
    msg("rejection", "drei_reject", "de", MIRIAM,
        "Ihre Bewerbung als UX/UI Designer", "2026-03-25 11:00 +0100",
        T("""
        Sehr geehrter Herr Marchetti,

        vielen Dank für das nachgeholte Gespräch in der vergangenen Woche und Ihr Interesse an
        unserer Agentur.

        Nach sorgfältiger Abwägung haben wir uns für eine andere Bewerberin entschieden, deren
        Profil unseren aktuellen Anforderungen noch besser entspricht. Wir bedauern, Ihnen
        keine positivere Nachricht geben zu können.

        Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen
        Miriam Hoffmann
        """), company="Kreativagentur Dreiländereck", fmt="alt", cte="base64"),
]

# ------------------------------------------------------------------ Westdeutscher Kulturfunk
WKF_ATS = ("Westdeutscher Kulturfunk", "wkf-jobs@softgarden.io")
SABINE = ("Sabine Krämer", "sabine.kraemer@wkf.example.de")

WKF = [
    msg("application_received", "wkf_ack1", "de", WKF_ATS,
        "Ihre Bewerbung: Mediengestalter*in Digital (Kennziffer 2026-017)",
        "2026-02-26 08:00 +0100",
        T("""
        Sehr geehrter Herr Marchetti,

        vielen Dank für Ihre Bewerbung beim Westdeutschen Kulturfunk. Hiermit bestätigen wir
        den Eingang Ihrer Unterlagen für die Stelle Mediengestalter*in Digital
        (Kennziffer 2026-017).

        Bitte haben Sie Verständnis dafür, dass die Auswahl einige Wochen dauern kann.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team des WKF

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
        """), company="Westdeutscher Kulturfunk", fmt="html", brand="WKF Karriere"),
    msg("rejection", "wkf_reject1", "de", WKF_ATS,
        "Ihre Bewerbung beim Westdeutschen Kulturfunk (2026-017)", "2026-03-19 08:00 +0100",
        T("""
        Sehr geehrter Herr Marchetti,

        nochmals vielen Dank für Ihr Interesse an einer Tätigkeit beim Westdeutschen
        Kulturfunk.

        Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht
        berücksichtigen können. Die Entscheidung fiel aufgrund der hohen Zahl sehr
        qualifizierter Bewerbungen auf andere Kandidat*innen.

        Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team des WKF
        """), company="Westdeutscher Kulturfunk", fmt="alt", subj_enc=("q", "iso-8859-1")),
    msg("application_received", "wkf_ack2", "de", WKF_ATS,
        "Ihre Bewerbung: UX Designer*in Mediathek (Kennziffer 2026-088)",
        "2026-07-01 08:00 +0200",
        T("""
        Sehr geehrter Herr Marchetti,

        vielen Dank für Ihre Bewerbung beim Westdeutschen Kulturfunk. Hiermit bestätigen wir
        den Eingang Ihrer Unterlagen für die Stelle UX Designer*in Mediathek
        (Kennziffer 2026-088).

        Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team des WKF
        """), company="Westdeutscher Kulturfunk", fmt="html", brand="WKF Karriere"),
    msg("interview_invitation", "wkf_invite", "de", SABINE,
        "Einladung zum Auswahlgespräch – Kennziffer 2026-088", "2026-07-20 13:05 +0200",
        T("""
        Sehr geehrter Herr Marchetti,

        wir freuen uns, Sie zu einem Auswahlgespräch für die Stelle UX Designer*in Mediathek
        einzuladen. Das Gespräch findet am Mittwoch, 5. August 2026, um 10:30 Uhr im
        Funkhaus am Appellhofplatz, Raum 4.08, statt. Die Einladung für Ihren Kalender
        finden Sie im Anhang.

        Bitte bestätigen Sie uns den Termin kurz per E-Mail.

        Mit freundlichen Grüßen
        Sabine Krämer
        Personalgewinnung
        Westdeutscher Kulturfunk – Anstalt des öffentlichen Rechts
        Appellhofplatz 3, 50667 Köln
        """), company="Westdeutscher Kulturfunk", fmt="alt", ics_mode="mixed",
        ics=ics("REQUEST", "wkf-2026-088-hm@wkf.example.de", 0, "20260805T103000",
                "20260805T113000", "Auswahlgespräch UX Designer*in Mediathek",
                "Funkhaus Appellhofplatz, Raum 4.08", SABINE)),
    msg("interview_reschedule_or_cancel", "wkf_cancel", "de", SABINE,
        "Abgesagt: Auswahlgespräch UX Designer*in Mediathek", "2026-07-24 09:48 +0200",
        T("""
        Sehr geehrter Herr Marchetti,

        leider müssen wir das Auswahlgespräch am 5. August absagen, da ein Mitglied der
        Auswahlkommission kurzfristig ausfällt. Wir melden uns, sobald ein neuer Termin
        feststeht.

        Mit freundlichen Grüßen
        Sabine Krämer
        """), company="Westdeutscher Kulturfunk", reply_of="wkf_invite", fmt="alt",
        ics=ics("CANCEL", "wkf-2026-088-hm@wkf.example.de", 1, "20260805T103000",
                "20260805T113000", "Auswahlgespräch UX Designer*in Mediathek",
                "Funkhaus Appellhofplatz, Raum 4.08", SABINE, status="CANCELLED")),
    msg("rejection", "wkf_suspended", "de", SABINE,
        "Stellenbesetzungsverfahren 2026-088", "2026-08-10 15:30 +0200",
        T("""
        Sehr geehrter Herr Marchetti,

        wir müssen Ihnen leider mitteilen, dass das Besetzungsverfahren für die Stelle UX
        Designer*in Mediathek (Kennziffer 2026-088) aufgrund eines vom Rundfunkrat
        beschlossenen Einstellungsstopps ausgesetzt wird. Das Verfahren wird nicht
        fortgeführt; Ihre Bewerbung können wir daher nicht weiter berücksichtigen.

        Wir bedauern dies sehr und danken Ihnen für Ihr Interesse.

        Mit freundlichen Grüßen
        Sabine Krämer
        Personalgewinnung – Westdeutscher Kulturfunk
        """), company="Westdeutscher Kulturfunk", reply_of="wkf_cancel", quote="outlook_de",
        charset="windows-1252", cte="quoted-printable"),
]

# ------------------------------------------------------------------ head-hunter and temp agency
KATRIN = ("Katrin Vogt", "k.vogt@hartmann-vogt.example.de")
FLEX = ("Dennis Yilmaz", "dennis.yilmaz@flexwerk.example.de")

AGENCIES = [
    msg("other", "hv_cold", "de", KATRIN,
        "Ihr Profil – kurze Frage", "2026-05-11 08:40 +0200",
        T("""
        Guten Tag Herr Marchetti,

        ich bin Personalberaterin bei Hartmann & Vogt Executive Search in Düsseldorf und bin
        auf Ihr Portfolio gestoßen. Ihren Weg vom Grafikdesign ins UX finde ich spannend.

        Ich betreue regelmäßig Suchen für Medienhäuser und Agenturen im Rheinland. Hätten Sie
        in den nächsten Tagen Zeit für ein kurzes, unverbindliches Kennenlernen? Dann kann ich
        Sie bei passenden Mandaten direkt ansprechen.

        Beste Grüße
        Katrin Vogt
        Senior Consultant | Hartmann & Vogt Executive Search
        Königsallee 60 | 40212 Düsseldorf | +49 211 540 77 12
        """)),
    msg("interview_invitation", "hv_invite", "de", KATRIN,
        "Medienhaus Aachen – Gespräch am 27. Mai", "2026-05-19 12:22 +0200",
        T("""
        Guten Tag Herr Marchetti,

        wie telefonisch besprochen habe ich Ihr Profil meinem Mandanten, dem Medienhaus
        Aachen, vorgestellt. Man möchte Sie gerne kennenlernen!

        Gespräch mit Frau Dr. Anke Lennartz (Leiterin Digitale Produkte):
        Mittwoch, 27. Mai 2026, 11:00 Uhr, Dresdener Straße 3, 52068 Aachen.

        Ich rufe Sie am Vortag an, um das Gespräch vorzubereiten.

        Beste Grüße
        Katrin Vogt
        Hartmann & Vogt Executive Search
        """), company="Medienhaus Aachen", fmt="alt", cte="8bit"),
    msg("rejection", "hv_reject", "de", KATRIN,
        "Rückmeldung Medienhaus Aachen", "2026-06-03 17:10 +0200",
        T("""
        Guten Tag Herr Marchetti,

        ich habe heute das Feedback vom Medienhaus Aachen erhalten. Leider hat man sich
        entschieden, den Prozess mit Ihnen nicht fortzusetzen: Für die Rolle ist viel
        Erfahrung mit Nutzerforschung gefragt, die Ihnen im Vergleich zu den anderen
        Finalisten noch fehlt.

        Frau Dr. Lennartz war von Ihren visuellen Arbeiten sehr angetan. Ich bleibe mit
        Ihnen in Kontakt.

        Beste Grüße
        Katrin Vogt
        """), company="Medienhaus Aachen", reply_of="hv_invite", quote="de", cte="8bit"),
    msg("interview_invitation", "flex_invite", "de", FLEX,
        "Vorstellungsgespräch in unserer Niederlassung Köln", "2026-07-14 10:10 +0200",
        T("""
        Hallo Herr Marchetti,

        danke für Ihre Bewerbung auf unsere Anzeige „Grafik-/UI-Designer (m/w/d) in
        Arbeitnehmerüberlassung“. Ich würde Sie gerne persönlich kennenlernen, bevor ich Sie
        unserem Kunden vorstelle, einem Onlinehändler aus Köln-Ehrenfeld.

        Vorschlag: Freitag, 17. Juli, 11:00 Uhr, Flexwerk Personal, Hohenzollernring 22,
        50672 Köln.

        Freundliche Grüße
        Dennis Yilmaz
        Personaldisponent | Flexwerk Personal Köln
        """), company="Flexwerk Personal", cte="quoted-printable"),
    msg("interview_reschedule_or_cancel", "flex_moved", "de", FLEX,
        "AW: Vorstellungsgespräch in unserer Niederlassung Köln", "2026-07-16 08:32 +0200",
        T("""
        Hallo Herr Marchetti,

        mir ist leider ein Termin beim Kunden dazwischengekommen. Können wir unser Gespräch
        von Freitag auf Montag, 20. Juli, 14:00 Uhr verschieben? Ort bleibt gleich.

        Freundliche Grüße
        Dennis Yilmaz
        """), company="Flexwerk Personal", reply_of="flex_invite", quote="outlook_de",
        charset="windows-1252", cte="8bit"),
    msg("rejection", "flex_reject", "de", FLEX,
        "Ihre Bewerbung bei Flexwerk Personal", "2026-07-28 16:45 +0200",
        T("""
        Hallo Herr Marchetti,

        danke nochmals für das Gespräch am Montag. Unser Kunde hat sich inzwischen für einen
        anderen Kandidaten entschieden, der sofort verfügbar ist und bereits in Köln wohnt.
        Für diese Stelle kann ich Sie daher leider nicht weiter vorschlagen.

        Ich behalte Ihr Profil aber gerne in unserem Pool.

        Freundliche Grüße
        Dennis Yilmaz
        Flexwerk Personal Köln
        """), company="Flexwerk Personal"),
]

MESSAGES = [*RHEINPIXEL, *DREI, *WKF, *AGENCIES]
