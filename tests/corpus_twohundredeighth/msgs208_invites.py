"""Corpus 208: interview invitations, reschedules and cancellations, and missed-interview notices.

Hand-written, one spec per message.
"""

from __future__ import annotations

from msgs208_common import (
    M,
    ats_card,
    attribution,
    button,
    ics,
    mso,
    outlook_reply,
    outlook_word,
    paras,
    pdf,
    quote,
    reply,
    simple_html,
)
from msgs208_other import WLC_MOVE_REQUEST

SABINE = ("Sabine Ortner", "sabine.ortner@gipfelwerk.example.at")
VERENA = ("Mag. Verena Schöpf", "verena.schoepf@tv-nordkette.example.at")
MARKUS = ("Markus Eder", "markus.eder@salzach-bergbahnen.example.at")
TOBIAS = ("Tobias Reindl", "tobias.reindl@isarkante.example.de")
KROELL = ("Thomas Kröll | Alpenpersonal", "t.kroell@alpenpersonal.example.at")
RETO = ("Reto Brunner", "reto.brunner@limmat-brand.example.ch")
GIULIA = ("Giulia Pichler", "giulia.pichler@dolomiti-outdoor.example.it")
BARBARA = ("Barbara Hechenberger", "b.hechenberger@kitzalp-events.example.at")
LENA = ("Lena Hofer", "lena.hofer@alpenblick-verlag.example.at")
DANIELA = ("Daniela Stockinger", "daniela.stockinger@wienerlaufcup.example.at")
SANDRA = ("Sandra Leitgeb", "sandra.leitgeb@personalwerk.example.at")
KERSTIN = ("Kerstin Aigner", "kerstin.aigner@innsport-akademie.example.at")
CLAUDIA = ("Mag. Claudia Pfeffer", "claudia.pfeffer@ringstrasse-sport.example.at")
LUKAS = ("Lukas Falkner", "lukas.falkner@oetztal-bikefestival.example.at")
KATHARINA = ("Katharina Wimmer", "katharina.wimmer@donaukanal-media.example.at")
PRIYA = ("Priya Nandakumar", "priya.nandakumar@northbank-athletic.example.co.uk")
OLIVER = ("Oliver Pratt", "oliver.pratt@summitsearch.example.co.uk")
SAM = ("Sam Okafor", "sam.okafor@halfpipe-media.example.co.uk")
LEA = ("Lea Hartmann", "lea@brightpeak-sports.example.de")
NINA = ("Nina Zwahlen", "nina@helveticsnow.example.ch")
CAMILLE = ("Camille Rouvier", "camille.rouvier@aiguille-sports.example.fr")
THIBAULT = ("Thibault Morel", "thibault.morel@glisse-montblanc.example.fr")
ELODIE = ("Élodie Marchand", "elodie.marchand@cime-communication.example.fr")
SOPHIE = ("Sophie Bellin", "s.bellin@ot-valleeblanche.example.fr")
LAIA = ("Laia Puig", "laia.puig@picblanc.example.ad")
MARC = ("Marc Solé", "marc.sole@nevadapirineo.example.ad")
SERGI = ("Sergi Torres", "sergi@andbike-events.example.ad")

DISCLAIMER_NK = """--
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Tourismusverband Nordkette · ZVR 551230981"""

SIG_VERENA = """Mag. Verena Schöpf
Leitung Personal & Organisation
Tourismusverband Nordkette
Maria-Theresien-Straße 88, 6020 Innsbruck
T +43 512 53 90-214
www.tv-nordkette.example.at"""

SIG_SABINE = """Sabine Ortner
HR Generalist
Gipfelwerk GmbH
Grabenweg 68 · 6020 Innsbruck
T +43 512 34 19 80-31"""

SIG_KROELL = """Thomas Kröll
Personalberater Tourismus & Freizeit
Alpenpersonal GmbH
Museumstraße 21, 6020 Innsbruck
Tel. +43 512 890 455-12 | Mobil +43 664 205 7781"""

SIG_OLIVER = """Oliver Pratt | Principal Consultant, Sport & Outdoor
Summit Search Partners
2 Hanover Square, London W1S 1HB
+44 20 3318 5120 | +44 7700 900 418"""

# ---------------------------------------------------------------- texts other modules quote

LIMMAT_INVITE = """Hoi Jannik

Danke für deine Bewerbung – spannender Lebenslauf, Skilehrer und Marketing sieht man nicht alle Tage. Hättest du nächsten Donnerstag Zeit für einen lockeren Video-Call, so 30 Minuten? Ich könnte um 9 oder um 16 Uhr. Dann erzähle ich dir, was wir mit unseren Sportkunden machen, und du mir, was du suchst.

Gruss
Reto

Reto Brunner
Partner | Limmat Brand Studio AG
Hardstrasse 219, 8005 Zürich
+41 44 512 80 33"""

LIMMAT_CANCEL = """Hoi Jannik

Ich muss unseren Call am Donnerstag leider absagen – bei uns brennt gerade ein Kundenprojekt, und ich weiss noch nicht, wie die nächsten zwei Wochen aussehen. Ich melde mich mit einem neuen Termin, sobald ich klarer sehe. Sorry für das Hin und Her!

Reto"""

SALZACH_MISSED = """Guten Tag Herr Mbeki-Laurent,

wir hatten Sie heute um 09:00 Uhr zum Schnuppertag an der Talstation erwartet. Unser Social-Media-Team hat bis etwa 09:40 Uhr auf Sie gewartet und ist dann ohne Sie zum Dreh aufgebrochen. Auf Ihrem Handy konnte ich Sie leider nicht erreichen.

Ich hoffe, es ist nichts passiert. Bitte geben Sie mir kurz Bescheid, was los war.

Schöne Grüße
Markus Eder
Leitung Marketing & Kommunikation
Salzach Bergbahnen AG"""

HELVETIC_INVITE = """Hi Jannik,

Thanks again for the call last week. We'd like to invite you to the final step: a short case study presentation to our team.

The brief is attached – a winter campaign for a family-run ski area in Graubünden. Please prepare 15 minutes of slides, followed by about 30 minutes of questions.

Date: Friday 21 August, 10:00 CEST
Place: our office at Zollstrasse 42, 8005 Zürich – or via video, if the trip doesn't work for you.

Let me know which option you prefer and I'll send the calendar invite.

Best,
Nina

Nina Zwahlen
Managing Director
Helvetic Snow Marketing GmbH
Zollstrasse 42 · 8005 Zürich"""

SUMMIT_MISSED = """Hi Jannik,

I've just had the client on the phone. They joined the Teams call at 11:00 UK time and waited for about fifteen minutes, but you didn't come through, and my call to your mobile went to voicemail.

I'm sure there's a reason – can you give me a ring as soon as you see this? I'd like to go back to them today with an explanation and, ideally, a new slot.

Oliver"""

CIME_MISSED = """Bonjour Jannik,

M. Gaillard et Mme Servoz vous ont attendu sur Teams ce matin de 9h30 à 9h50, sans vous voir arriver. Je vous ai laissé un message vocal vers 9h40.

Pouvez-vous me rappeler rapidement ? Le client reste intéressé mais s'interroge, et j'aimerais pouvoir leur donner une explication aujourd'hui.

Élodie"""

GW_INVITE = f"""Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für Ihre Bewerbung als Junior Marketing Manager Wintersport. Ihr Werdegang von der Piste ins Marketing hat uns neugierig gemacht, und wir würden Sie gerne persönlich kennenlernen.

Hätten Sie am Mittwoch, 4. Februar, um 10:00 Uhr Zeit für ein Gespräch bei uns in der Zentrale am Grabenweg? Mit dabei ist unser Marketingleiter Herr Stefan Huter. Planen Sie bitte rund eine Stunde ein.

Falls der Termin nicht passt, schlagen Sie mir gerne zwei Alternativen in derselben Woche vor.

Freundliche Grüße
{SIG_SABINE}"""

NK_INVITE = f"""Sehr geehrter Herr Mbeki-Laurent,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle Marketing Manager Winter einzuladen.

Termin: Dienstag, 17. Februar 2026, 10:00 bis 11:30 Uhr
Ort: Maria-Theresien-Straße 88, 2. Stock, Besprechungsraum „Patscherkofel“
Gesprächspartner: Mag. Verena Schöpf (Personal), Andreas Gapp (Geschäftsführung), Julia Raich (Marketing)

Bitte bereiten Sie eine kurze Präsentation (max. 10 Minuten) vor: Wie würden Sie junge Tagesgäste aus München für die Nordkette begeistern? Einen Beamer stellen wir bereit.

Bitte nehmen Sie die Einladung über Ihren Kalender an oder geben Sie mir kurz Bescheid.

Mit freundlichen Grüßen
{SIG_VERENA}"""

SZ_INVITE = """Guten Tag Herr Mbeki-Laurent,

danke für Ihre Bewerbung als Marketing- und Eventkoordinator. Statt eines klassischen Gesprächs laden wir unsere Kandidaten gerne zu einem Schnuppertag ein, an dem Sie das Team und den Betrieb kennenlernen.

Wann: Mittwoch, 25. März, 09:00 bis ca. 15:00 Uhr
Treffpunkt: Talstation der Gaisbergbahn, Eingang Büro (1. Stock)
Mitbringen: Skiausrüstung (die Liftkarte bekommen Sie von uns), Laptop, gute Laune

Am Vormittag begleiten Sie unser Social-Media-Team bei einem Dreh auf der Piste, am Nachmittag besprechen wir mit Ihnen eine kleine Aufgabe zur Saisonabschluss-Party.

Bitte bestätigen Sie mir bis Freitag, ob Sie dabei sind.

Schöne Grüße aus Salzburg
Markus Eder
Leitung Marketing & Kommunikation
Salzach Bergbahnen AG
Gaisbergstraße 40 | 5020 Salzburg | +43 662 64 33 10-40"""

LENA_INVITE = """Guten Morgen Herr Mbeki-Laurent,

ich bin Lena Hofer aus dem Personalteam des Alpenblick Verlags. Ihre Bewerbung als Leitung Anzeigen & Kooperationen liegt bei mir, und bevor wir Sie zum Gespräch mit der Verlagsleitung einladen, würde ich gerne ein kurzes Telefonat (15 bis 20 Minuten) mit Ihnen führen.

Passt Ihnen Donnerstag, 4. Juni, um 11:00 Uhr? Ich würde Sie unter der Nummer aus Ihrem Lebenslauf (+43 660 318 4472) anrufen.

Freundliche Grüße
Lena Hofer
Personal & Recruiting
Alpenblick Verlag GmbH | Anichstraße 14 | 6020 Innsbruck"""

PRIYA_INVITE = """Hi Jannik,

I'm Priya, I look after hiring for the brand team at Northbank Athletic. Thanks for your application for the Brand Marketing Executive role – your background coaching on the slopes is quite different from what we usually see, in a good way.

Would you be up for a 20-minute phone call this week so I can tell you more about the role and hear what you're looking for? I'm free Thursday 25 June between 9:00 and 12:00 (UK time), or Friday afternoon. Just let me know a slot and the best number to reach you on.

Thanks,
Priya

Priya Nandakumar
Senior Talent Acquisition Partner | Northbank Athletic"""

OLIVER_INVITE = f"""Hi Jannik,

Great news – the client I mentioned, the Alpine-rooted outdoor brand expanding its UK team, would like to meet you. I can't share the name in writing yet as the search is confidential, but I'll tell you on the phone.

First interview: Thursday 19 March, 11:00–12:00 UK time, on Microsoft Teams with their Marketing Director and the Head of People. I'll send the link as soon as their assistant has set it up.

They'll want to hear about your on-mountain experience and how you'd connect it to brand storytelling. Let's have a 15-minute prep call on Tuesday – does 17:00 your time work?

Best,
Oliver

{SIG_OLIVER}"""

CAMILLE_INVITE = """Bonjour Monsieur Mbeki-Laurent,

Nous avons étudié avec attention votre candidature au poste de chef de produit marketing ski et souhaiterions vous rencontrer.

Je vous propose un entretien le mardi 19 mai à 10h00, dans nos locaux au 240 avenue de l'Aiguille du Midi à Chamonix. L'entretien durera environ une heure, avec Nicolas Favre, directeur marketing, et moi-même. Si vous ne pouvez pas vous déplacer, une visioconférence est possible.

Merci de me confirmer votre disponibilité par retour de mail.

Bien cordialement,
Camille Rouvier
Chargée de recrutement
Aiguille Sports SAS
240 avenue de l'Aiguille du Midi, 74400 Chamonix-Mont-Blanc
04 50 53 18 72"""

THIBAULT_INVITE = """Bonjour Jannik,

Merci pour votre candidature spontanée, elle tombe bien : nous cherchons justement quelqu'un pour reprendre le marketing de l'école et de la boutique.

Seriez-vous disponible pour un entretien à la boutique, rue du Lyret, le mardi 16 juin vers 17h30, après la fermeture ? Comptez une heure environ.

À bientôt j'espère,
Thibault Morel
Directeur – Glisse Mont-Blanc
06 71 82 44 19"""

LAIA_INVITE = """Hola Jannik:

Gracias por tu candidatura para el puesto de Técnico/a de Marketing de Estaciones. Nos ha gustado mucho tu experiencia como profesor de esquí y queremos conocerte.

Te propongo una primera entrevista telefónica el jueves 11 de junio a las 10:00 (hora de Andorra), con Jordi Vidal, director de Marketing, y conmigo. Durará unos 30 minutos. Te llamaremos al número que aparece en tu CV.

¿Me confirmas si te va bien?

Un saludo,
Laia Puig
Responsable de Selección
Pic Blanc Resorts, S.A.
Av. Carlemany 51, AD700 Escaldes-Engordany
+376 812 450"""

MARC_INVITE = """Buenos días, Jannik:

Hemos revisado tu candidatura para el puesto de Ejecutivo/a de Cuentas Deportivas y nos gustaría invitarte a una entrevista en nuestra oficina de Andorra la Vella.

Fecha: lunes 14 de septiembre
Hora: 11:00
Lugar: Av. Meritxell 84, 3.º, Andorra la Vella

Estarán presentes Núria Ferrer, directora de cuentas, y yo. Si prefieres hacerla por videollamada, dímelo y te envío el enlace.

Saludos cordiales,
Marc Solé
Responsable de Talento
Nevada Pirineo Marketing, S.L.
+376 724 118"""

INNSPORT_OLD_REJECTION = """Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für Ihr Interesse an der Innsport Akademie und für Ihre ausführliche Bewerbung.

Für die Stelle als Kursmarketing-Koordinator haben wir uns für eine Bewerberin entschieden, die bereits bei uns als Trainerin tätig war. Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Freundliche Grüße
Kerstin Aigner
Leitung Personal"""

MESSAGES = [
    # ================================================================ interview_invitation, de
    M(kind="interview_invitation", slug="gipfelwerk_gespraech_einladung", lang="de",
      company="Gipfelwerk", contact="sabine.ortner@gipfelwerk.example.at",
      key="gw_inv", parent="gw_ack",
      frm=SABINE, subject="Einladung zum Gespräch – Junior Marketing Manager Wintersport",
      date="2026-01-28 14:37 +0100",
      text=GW_INVITE, html=simple_html(paras(GW_INVITE)), cte="qp"),

    M(kind="interview_invitation", slug="nordkette_panel_ics_request", lang="de",
      company="Tourismusverband Nordkette", contact="verena.schoepf@tv-nordkette.example.at",
      key="nk_inv",
      frm=VERENA, name_enc=("utf-8", "Q"),
      cc=[("Julia Raich", "julia.raich@tv-nordkette.example.at")],
      subject="Vorstellungsgespräch Marketing Manager Winter – Tourismusverband Nordkette",
      date="2026-02-10 09:15 +0100",
      text=NK_INVITE + "\n\n" + DISCLAIMER_NK,
      html=outlook_word(mso(NK_INVITE) + '\n<p class="MsoNormal" style="font-size:8pt;color:gray">'
                        + DISCLAIMER_NK.replace("\n", "<br>") + "</p>"),
      attach=[ics("REQUEST", "040000008200E00074C5B7101A82E00800000000A1B2NK17@tv-nordkette.example.at",
                  "2026-02-17 10:00 +0100", "2026-02-17 11:30 +0100",
                  "Vorstellungsgespräch Jannik Mbeki-Laurent – Marketing Manager Winter",
                  "Maria-Theresien-Straße 88, 2. Stock, Besprechungsraum Patscherkofel",
                  VERENA, description="Gespräch mit Mag. Schöpf, Hr. Gapp, Fr. Raich. "
                  "Bitte 10-minütige Präsentation vorbereiten.")],
      headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
               "Vorstellungsgespraech Marketing Manager Winter")],
      cte="qp", html_cte="b64"),

    M(kind="interview_invitation", slug="salzach_schnuppertag", lang="de",
      company="Salzach Bergbahnen", contact="markus.eder@salzach-bergbahnen.example.at",
      key="sz_inv", parent="sz_ack",
      frm=MARKUS, subject="Einladung zum Schnuppertag im Marketing",
      date="2026-03-18 11:00 +0100",
      text=SZ_INVITE, charset="iso-8859-1", cte="8bit"),

    M(kind="interview_invitation", slug="isarkante_panel_invite_ics_attached", lang="de",
      company="Isarkante Sports Marketing", contact="tobias.reindl@isarkante.example.de",
      key="ik_inv", parent="ik_ack",
      frm=TOBIAS, cc=[("Miriam Berger", "miriam.berger@isarkante.example.de")],
      subject="Einladung zum Panel-Interview am 28. April – Account Manager Sports Sponsorship",
      date="2026-04-16 13:10 +0200",
      text="""Hallo Herr Mbeki-Laurent,

vielen Dank für das nette Telefonat letzte Woche! Wie besprochen möchten wir Sie zur nächsten Runde einladen: einem Panel-Interview mit Kolleginnen und Kollegen aus Sponsoring, Kreation und Kundenberatung.

Wann: Dienstag, 28. April, 10:00–11:30 Uhr
Wo: Rosenheimer Straße 145, 81671 München, 3. OG (am Empfang nach mir fragen)
Wer: Miriam Berger (Head of Sponsorship), Felix Oswald (Creative Director), ich

Vorab schicken wir Ihnen am Montag ein kurzes Briefing für eine Case-Präsentation. Die Kalendereinladung hängt an – über „Annehmen“ bestätigen Sie den Termin.

Die Reisekosten aus Innsbruck übernehmen wir (Bahn, 2. Klasse).

Viele Grüße
Tobias Reindl
Talent Acquisition
Isarkante Sports Marketing GmbH
Rosenheimer Straße 145 · 81671 München
+49 89 4120 887-15""",
      attach=[ics("REQUEST", "ik-panel-2026-04-28-jml@isarkante.example.de",
                  "2026-04-28 10:00 +0200", "2026-04-28 11:30 +0200",
                  "Panel-Interview Account Manager Sports Sponsorship – J. Mbeki-Laurent",
                  "Isarkante, Rosenheimer Straße 145, 81671 München, 3. OG", TOBIAS,
                  inline=False)],
      cte="qp"),

    M(kind="interview_invitation", slug="alpenpersonal_kundentermin_kaunertal", lang="de",
      company="Kaunertaler Gletscherbahnen", contact="t.kroell@alpenpersonal.example.at",
      key="alp_inv", parent="alp_reg",
      frm=KROELL, subject="Vorstellungstermin bei den Kaunertaler Gletscherbahnen",
      date="2026-01-22 11:48 +0100",
      text=f"""Hallo Herr Mbeki-Laurent,

gute Nachrichten: Die Kaunertaler Gletscherbahnen möchten Sie für die Stelle Marketing & Vertrieb (Karenzvertretung, 18 Monate) kennenlernen!

Vorgeschlagen ist Dienstag, 27. Jänner, 14:00 Uhr, direkt im Verwaltungsgebäude in Feichten. Ihre Gesprächspartnerin ist Frau Mag. Ingrid Santeler, Leiterin Marketing. Ich bin nicht dabei, rufe Sie aber am Vortag an, um alles kurz durchzugehen.

Bitte geben Sie mir bis morgen Mittag Bescheid, ob der Termin passt, dann bestätige ich beim Kunden.

Beste Grüße
{SIG_KROELL}""",
      cte="b64", name_enc=("iso-8859-1", "Q")),

    M(kind="interview_invitation", slug="limmat_casual_call_donnerstag", lang="de",
      company="Limmat Brand Studio", contact="reto.brunner@limmat-brand.example.ch",
      key="lim_inv", parent="lim_apply",
      frm=RETO, subject="Re: Bewerbung: Junior Sports Marketing Manager",
      date="2026-03-05 22:04 +0100",
      text=reply(LIMMAT_INVITE, "de", "23.02.2026 um 08:41", "Jannik Mbeki-Laurent",
                 "jannik.ml@example.at", """Sehr geehrter Herr Brunner

Auf Ihrer Website habe ich gelesen, dass das Limmat Brand Studio für Sportkunden einen Junior Sports Marketing Manager sucht. Ich bewerbe mich hiermit sehr gerne.

[...]

Meinen Lebenslauf finden Sie im Anhang. Über die Gelegenheit zu einem Gespräch würde ich mich sehr freuen.

Freundliche Grüsse aus Innsbruck
Jannik Mbeki-Laurent"""),
      cte="8bit", headers=[("X-Mailer", "iPhone Mail (21E236)")]),

    M(kind="interview_invitation", slug="dolomiti_softgarden_terminlink", lang="de",
      company="Dolomiti Outdoor", contact="giulia.pichler@dolomiti-outdoor.example.it",
      key="dol_inv", parent="dol_ack",
      frm=("Dolomiti Outdoor", "dolomiti-outdoor@softgarden.io"), reply_to=GIULIA,
      subject="Terminvereinbarung: Marketing Specialist DACH",
      date="2026-04-08 15:31 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

wir freuen uns, Ihnen mitzuteilen, dass wir Sie gerne in einem ersten Video-Interview (ca. 45 Minuten, Microsoft Teams) näher kennenlernen möchten.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus den freigegebenen Zeitfenstern aus:
https://dolomiti-outdoor.softgarden.io/interview/8f3a21c7

Die freien Termine liegen zwischen 14. und 17. April. Nach Ihrer Auswahl erhalten Sie automatisch eine Bestätigung mit dem Teams-Link.

Bei Fragen antworten Sie einfach auf diese E-Mail, sie geht direkt an mich.

Freundliche Grüße
Giulia Pichler
HR Business Partner, Dolomiti Outdoor""",
      html=ats_card("Dolomiti Outdoor", "#3b6e4f", paras("""Sehr geehrter Herr Mbeki-Laurent,

wir freuen uns, Ihnen mitzuteilen, dass wir Sie gerne in einem ersten Video-Interview (ca. 45 Minuten, Microsoft Teams) näher kennenlernen möchten.

Bitte wählen Sie über den folgenden Button einen passenden Termin aus den freigegebenen Zeitfenstern aus. Die freien Termine liegen zwischen 14. und 17. April.""")
          + button("Termin auswählen", "https://dolomiti-outdoor.softgarden.io/interview/8f3a21c7", "#3b6e4f")
          + paras("""Bei Fragen antworten Sie einfach auf diese E-Mail, sie geht direkt an mich.

Freundliche Grüße
Giulia Pichler
HR Business Partner, Dolomiti Outdoor"""), "Versendet mit softgarden · Datenschutz"),
      cte="qp"),

    M(kind="interview_invitation", slug="kitzalp_assessment_center", lang="de",
      company="Kitzalp Events", contact="b.hechenberger@kitzalp-events.example.at",
      key="kz_inv",
      frm=BARBARA,
      subject="Einladung Assessment Center – „Eventmarketing & Sponsoring“",
      date="2026-05-06 10:20 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

nach der Vorauswahl freuen wir uns, Sie zu unserem Assessment Center für die Stelle „Eventmarketing & Sponsoring“ einzuladen.

Datum: Dienstag, 12. Mai 2026
Zeit: 09:00 – ca. 16:00 Uhr
Ort: Kitzalp Events, Hahnenkammstraße 5, 6370 Kitzbühel (Seminarraum im EG)

Sie erwartet ein Tag mit vier weiteren Kandidatinnen und Kandidaten: eine Gruppenübung, eine Präsentation zu einem Sponsoringkonzept und ein Einzelgespräch mit der Geschäftsführung. Den genauen Ablauf finden Sie im Anhang.

Für das Mittagessen ist gesorgt. Bitte bestätigen Sie Ihre Teilnahme bis 8. Mai.

Herzliche Grüße
Barbara Hechenberger
Personal & Verwaltung
Kitzalp Events GmbH
Hahnenkammstraße 5 · 6370 Kitzbühel
+43 5356 612 48-0""",
      charset="windows-1252", cte="qp", subj_enc=("windows-1252", "Q"),
      attach=[pdf("Ablauf_Assessment_Center.pdf", [
          "Kitzalp Events GmbH - Assessment Center Eventmarketing & Sponsoring",
          "Dienstag, 12. Mai 2026", "",
          "09:00  Begrüßung durch die Geschäftsführung",
          "09:30  Gruppenübung: Planung eines Sponsorenabends",
          "11:30  Vorbereitung Einzelpräsentation",
          "12:30  Mittagessen",
          "13:30  Präsentation Sponsoringkonzept (15 Minuten)",
          "14:30  Einzelgespräche",
          "16:00  Abschluss",
      ], title="Ablauf Assessment Center")]),

    M(kind="interview_invitation", slug="alpenblick_telefonat_anfrage", lang="de",
      company="Alpenblick Verlag", contact="lena.hofer@alpenblick-verlag.example.at",
      key="ab_inv",
      frm=LENA, subject="Kurzes Telefonat zu Ihrer Bewerbung?",
      date="2026-06-01 08:52 +0200",
      text=LENA_INVITE, cte="8bit"),

    M(kind="interview_invitation", slug="laufcup_personio_buchungslink", lang="de",
      company="Wiener Laufcup", contact="daniela.stockinger@wienerlaufcup.example.at",
      key="wlc_inv",
      frm=("Wiener Laufcup", "noreply@personio.de"), reply_to=DANIELA,
      subject="Wiener Laufcup: Einladung zum Kennenlernen – Marketing & Partnerbetreuung",
      date="2026-06-29 10:05 +0200",
      text="""Hallo Jannik,

schön, dass du dich für die Stelle Marketing & Partnerbetreuung beim Wiener Laufcup beworben hast! Wir möchten dich gerne in einem persönlichen Gespräch in unserem Büro im 2. Bezirk kennenlernen.

Bitte buche dir über den folgenden Link einen Termin, der dir passt:
https://wienerlaufcup.jobs.personio.de/interview/booking/5c1e7d

Dauer: ca. 60 Minuten
Ort: Wiener Laufcup, Engerthstraße 230, 1020 Wien

Liebe Grüße
Daniela Stockinger
Teamlead Partnerships""",
      html=ats_card("Wiener Laufcup", "#e63946", paras("""Hallo Jannik,

schön, dass du dich für die Stelle Marketing & Partnerbetreuung beim Wiener Laufcup beworben hast! Wir möchten dich gerne in einem persönlichen Gespräch in unserem Büro im 2. Bezirk kennenlernen.

Bitte buche dir über den Button einen Termin, der dir passt.""")
          + button("Termin buchen", "https://wienerlaufcup.jobs.personio.de/interview/booking/5c1e7d", "#e63946")
          + paras("""Dauer: ca. 60 Minuten
Ort: Wiener Laufcup, Engerthstraße 230, 1020 Wien

Liebe Grüße
Daniela Stockinger
Teamlead Partnerships"""), "Gesendet über Personio"),
      cte="b64"),

    M(kind="interview_invitation", slug="personalwerk_kunde_telefoninterview", lang="de",
      company="Personalwerk Salzburg", contact="sandra.leitgeb@personalwerk.example.at",
      key="pw_inv", parent="pw_reg",
      frm=SANDRA, subject="Telefoninterview mit unserem Kunden – Dienstag, 21. Juli",
      date="2026-07-14 16:45 +0200",
      text="""Hallo Herr Mbeki-Laurent,

wie am Telefon angekündigt: Unser Kunde, ein familiengeführter Sportartikelhändler mit mehreren Filialen im Pinzgau, möchte Sie für die Position Marketing Coordinator kennenlernen. Den Namen darf ich Ihnen auf Wunsch des Kunden erst nach dem ersten Gespräch nennen.

Der Geschäftsführer ruft Sie am Dienstag, 21. Juli, um 10:00 Uhr auf Ihrer Mobilnummer an. Rechnen Sie mit etwa 30 Minuten.

Ich schicke Ihnen morgen noch ein paar Stichworte zum Unternehmen, damit Sie sich vorbereiten können. Bitte bestätigen Sie mir kurz den Termin.

Viele Grüße
Sandra Leitgeb
Senior Consultant
Personalwerk Salzburg GmbH
Sterneckstraße 33, 5020 Salzburg
T +43 662 87 12 40-7""",
      cte="qp"),

    M(kind="interview_invitation", slug="innsport_neue_stelle_nach_absage", lang="de",
      company="Innsport Akademie", contact="kerstin.aigner@innsport-akademie.example.at",
      key="isa_inv", refs=["<a7c3e1.innsport.absage@innsport-akademie.example.at>"],
      frm=KERSTIN,
      subject="Re: Ihre Bewerbung als Kursmarketing-Koordinator – eine neue Möglichkeit",
      date="2026-08-18 09:40 +0200",
      text=reply("""Sehr geehrter Herr Mbeki-Laurent,

vor einigen Wochen musste ich Ihnen für die Kursmarketing-Stelle leider absagen (siehe unten). Inzwischen hat sich bei uns etwas Neues ergeben: Wir bauen ab Herbst einen Bereich für Firmen-Skikurse auf und suchen dafür eine Person, die Vertrieb, Marketing und Schneesport verbindet. Ihr Profil kam mir sofort in den Sinn.

Hätten Sie Interesse an einem Gespräch? Ich würde Ihnen Mittwoch, 26. August, um 15:00 Uhr bei uns in der Akademie am Fürstenweg vorschlagen. Mit dabei wäre unser Geschäftsführer, Herr Mag. Pletzer.

Ich freue mich auf Ihre Antwort.

Freundliche Grüße
Kerstin Aigner
Leitung Personal
Innsport Akademie GmbH
Fürstenweg 176 · 6020 Innsbruck
+43 512 28 66 11-20""", "de", "Do., 23. Juli 2026 um 09:14", "Kerstin Aigner",
          "kerstin.aigner@innsport-akademie.example.at", INNSPORT_OLD_REJECTION),
      cte="qp"),

    M(kind="interview_invitation", slug="ringstrasse_recruitee_interviewlink", lang="de",
      company="Ringstraße Sportmarketing", contact="claudia.pfeffer@ringstrasse-sport.example.at",
      key="rs_inv", parent="rs_ack",
      frm=("Ringstraße Sportmarketing", "no-reply@jobs.recruitee.com"), reply_to=CLAUDIA,
      name_enc=("utf-8", "B"),
      subject="Ringstraße Sportmarketing – Bitte wählen Sie einen Interviewtermin",
      date="2026-09-02 11:17 +0200",
      text="""Guten Tag Herr Mbeki-Laurent,

vielen Dank für Ihre Bewerbung als Brand Partnerships Manager. Wir möchten Sie gerne zu einem ersten Interview per Video einladen.

Wählen Sie bitte über den Link unten einen freien Termin (30 Minuten) in den nächsten zehn Tagen. Sie erhalten im Anschluss eine Kalendereinladung mit dem Link zur Videokonferenz.

Termin auswählen: https://ringstrasse-sport.recruitee.com/o/brand-partnerships-manager/interview/3d91

Bei Fragen antworten Sie einfach auf diese E-Mail – Ihre Nachricht landet direkt bei Mag. Claudia Pfeffer.

Beste Grüße
Ihr Team von Ringstraße Sportmarketing""",
      html=ats_card("Ringstraße Sportmarketing", "#22333b", paras("""Guten Tag Herr Mbeki-Laurent,

vielen Dank für Ihre Bewerbung als Brand Partnerships Manager. Wir möchten Sie gerne zu einem ersten Interview per Video einladen.

Wählen Sie bitte einen freien Termin (30 Minuten) in den nächsten zehn Tagen. Sie erhalten im Anschluss eine Kalendereinladung mit dem Link zur Videokonferenz.""")
          + button("Termin auswählen", "https://ringstrasse-sport.recruitee.com/o/brand-partnerships-manager/interview/3d91", "#22333b")
          + paras("""Bei Fragen antworten Sie einfach auf diese E-Mail – Ihre Nachricht landet direkt bei Mag. Claudia Pfeffer.

Beste Grüße
Ihr Team von Ringstraße Sportmarketing"""), "Powered by Recruitee"),
      cte="qp"),

    # ================================================================ interview_invitation, en
    M(kind="interview_invitation", slug="donaukanal_greenhouse_availability", lang="en",
      company="Donaukanal Media", contact="katharina.wimmer@donaukanal-media.example.at",
      key="dk_inv",
      frm=("Katharina Wimmer via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=KATHARINA,
      subject="Interview invitation: Audience Growth Manager at Donaukanal Media",
      date="2026-04-14 13:22 +0000",
      text="""Hi Jannik,

Thanks for applying to the Audience Growth Manager position at Donaukanal Media! Our team would love to speak with you.

The first conversation is a 45-minute video call with me and our Head of Audience, Lukas Brandl. Please share your availability for next week using the link below and I'll send a calendar invitation once we've found a time:

https://app.greenhouse.io/candidate_availability/7d2b90e1

If none of the times work, just reply to this email.

Best,
Katharina Wimmer
Talent Partner, Donaukanal Media""",
      html=simple_html(paras("""Hi Jannik,

Thanks for applying to the Audience Growth Manager position at Donaukanal Media! Our team would love to speak with you.

The first conversation is a 45-minute video call with me and our Head of Audience, Lukas Brandl. Please share your availability for next week using the link below and I'll send a calendar invitation once we've found a time.""")
          + button("Share availability", "https://app.greenhouse.io/candidate_availability/7d2b90e1", "#24a47f")
          + paras("""If none of the times work, just reply to this email.

Best,
Katharina Wimmer
Talent Partner, Donaukanal Media"""), "en"),
      cte="qp"),

    M(kind="interview_invitation", slug="northbank_phone_screen_ask", lang="en",
      company="Northbank Athletic", contact="priya.nandakumar@northbank-athletic.example.co.uk",
      key="nb_inv", parent="nb_ack",
      frm=PRIYA,
      subject="Northbank Athletic – quick chat about the Brand Marketing Executive role?",
      date="2026-06-22 12:05 +0100",
      text=PRIYA_INVITE, cte="qp"),

    M(kind="interview_invitation", slug="summit_client_interview_confidential", lang="en",
      company="Summit Search Partners", contact="oliver.pratt@summitsearch.example.co.uk",
      key="ss_inv", parent="ss_ack",
      frm=OLIVER, subject="Client interview – Head of Brand (outdoor), Thursday 19 March",
      date="2026-03-12 16:20 +0000",
      text=OLIVER_INVITE, html=outlook_word(mso(OLIVER_INVITE), "en-GB"), cte="qp"),

    M(kind="interview_invitation", slug="halfpipe_lever_zoom_invite", lang="en",
      company="Halfpipe Media", contact="sam.okafor@halfpipe-media.example.co.uk",
      key="hp_inv", parent="hp_ack",
      frm=("Halfpipe Media", "no-reply@hire.lever.co"), reply_to=SAM,
      subject="Interview with Halfpipe Media – Partnerships Coordinator",
      date="2026-05-26 09:40 +0100",
      text="""Hi Jannik,

Thanks for applying for the Partnerships Coordinator role. We'd like to invite you to a first interview with Sam Okafor, our Head of Partnerships.

When: Tuesday 2 June 2026, 10:00–10:45 BST (11:00 CEST)
Where: Zoom – https://zoom.example.com/j/84412093311
What to expect: a conversation about your experience and a short discussion of a recent snow-sports campaign you admired.

If you need to change the time, reply to this email and Sam will sort it out.

Best wishes,
Halfpipe Media Talent Team""",
      html=ats_card("Halfpipe Media", "#111111", paras("""Hi Jannik,

Thanks for applying for the Partnerships Coordinator role. We'd like to invite you to a first interview with Sam Okafor, our Head of Partnerships.

When: Tuesday 2 June 2026, 10:00–10:45 BST (11:00 CEST)
Where: Zoom
What to expect: a conversation about your experience and a short discussion of a recent snow-sports campaign you admired.""")
          + button("Join Zoom meeting", "https://zoom.example.com/j/84412093311", "#111111")
          + paras("""If you need to change the time, reply to this email and Sam will sort it out.

Best wishes,
Halfpipe Media Talent Team"""), "Sent via Lever", lang="en"),
      cte="b64"),

    M(kind="interview_invitation", slug="brightpeak_free_thursday_chat", lang="en",
      company="Brightpeak Sports Agency", contact="lea@brightpeak-sports.example.de",
      key="bp_inv", parent="bp_ack",
      frm=LEA, subject="quick chat?", date="2026-08-12 17:58 +0200",
      text="""Hi Jannik,

Saw your application come through for the Athlete Partnerships role – love the ski-school background. Are you free Thursday to chat? Anytime after 2pm works for me. I'll just give you a ring for half an hour, or we can do a video call if you prefer.

Cheers,
Lea

Lea Hartmann
Founder & MD, Brightpeak Sports Agency
Tumblingerstraße 22, 80337 Munich""",
      cte="8bit", headers=[("X-Mailer", "Superhuman Desktop")]),

    M(kind="interview_invitation", slug="crestline_ashby_self_schedule", lang="en",
      company="Crestline Outdoor", contact="",
      key="cr_inv", parent="cr_ack",
      frm=("Crestline Outdoor", "no-reply@ashbyhq.com"),
      subject="Schedule your interview with Crestline Outdoor",
      date="2026-07-21 14:03 +0000",
      text="""Hi Jannik,

Crestline Outdoor would like to schedule a 45-minute video interview with you for the Senior Community Marketing Manager position. Your interviewers will be Marcus Delaney (Talent Lead) and Aisha Grant (Director of Community).

Please pick a time that works for you:
https://jobs.ashbyhq.com/crestline-outdoor/interview-scheduling/5e0c2d8a

Times are shown in your local time zone. This link expires in 5 days.

Crestline Outdoor Recruiting
Powered by Ashby""",
      html=ats_card("Crestline Outdoor", "#2b4162", paras("""Hi Jannik,

Crestline Outdoor would like to schedule a 45-minute video interview with you for the Senior Community Marketing Manager position. Your interviewers will be Marcus Delaney (Talent Lead) and Aisha Grant (Director of Community).""")
          + button("Pick a time", "https://jobs.ashbyhq.com/crestline-outdoor/interview-scheduling/5e0c2d8a", "#2b4162")
          + paras("""Times are shown in your local time zone. This link expires in 5 days."""),
          "Powered by Ashby", lang="en"),
      cte="qp"),

    M(kind="interview_invitation", slug="helvetic_case_study_final_step", lang="en",
      company="Helvetic Snow Marketing", contact="nina@helveticsnow.example.ch",
      key="hs_inv",
      frm=NINA, subject="Next step: case study presentation (Zurich or remote)",
      date="2026-08-10 10:12 +0200",
      text=HELVETIC_INVITE, cte="qp",
      attach=[pdf("Case_Brief_Helvetic_Snow.pdf", [
          "Helvetic Snow Marketing - Case Brief", "",
          "Client: a family-run ski area in Graubuenden (12 lifts, 60 km of pistes)",
          "Goal: +15% day visitors from Zurich in January and February",
          "Budget: CHF 120,000", "Deliverable: 15-minute presentation",
      ], title="Case Brief")]),

    # ================================================================ interview_invitation, fr
    M(kind="interview_invitation", slug="aiguille_entretien_chamonix", lang="fr",
      company="Aiguille Sports", contact="camille.rouvier@aiguille-sports.example.fr",
      key="ai_inv", parent="ai_ack",
      frm=CAMILLE, subject="Entretien – Chef de produit marketing ski (Chamonix)",
      date="2026-05-11 11:30 +0200",
      text=CAMILLE_INVITE, html=simple_html(paras(CAMILLE_INVITE), "fr"), cte="qp"),

    M(kind="interview_invitation", slug="glisse_entretien_boutique", lang="fr",
      company="Glisse Mont-Blanc", contact="thibault.morel@glisse-montblanc.example.fr",
      key="gl_inv",
      frm=THIBAULT, subject="Votre candidature – on se rencontre ?",
      date="2026-06-10 18:22 +0200",
      text=THIBAULT_INVITE, cte="8bit"),

    M(kind="interview_invitation", slug="cime_entretien_client_aiguillettes", lang="fr",
      company="Domaine des Aiguillettes", contact="elodie.marchand@cime-communication.example.fr",
      key="ci_inv", parent="ci_reg",
      frm=ELODIE, name_enc=("iso-8859-1", "B"),
      subject="Entretien avec le Domaine des Aiguillettes – mercredi 15 juillet",
      date="2026-07-08 14:50 +0200",
      text="""Bonjour Jannik,

Bonne nouvelle : le Domaine des Aiguillettes souhaite vous rencontrer pour le poste de responsable communication et marketing de la station.

L'entretien aura lieu le mercredi 15 juillet à 9h30 en visioconférence, avec M. Laurent Gaillard, directeur commercial, et Mme Anne Servoz, responsable RH.

Lien Teams : https://teams.example.com/l/meetup-join/19-meeting-aiguillettes-0715

Je vous appelle lundi pour vous briefer sur la station et sur les attentes du client. Pouvez-vous me confirmer votre présence ?

Élodie Marchand
Consultante recrutement – Tourisme & Sport
Agence Cime Communication
45 avenue de la Plage, 74000 Annecy
+33 4 50 27 61 90""",
      html=simple_html(paras("""Bonjour Jannik,

Bonne nouvelle : le Domaine des Aiguillettes souhaite vous rencontrer pour le poste de responsable communication et marketing de la station.

L'entretien aura lieu le mercredi 15 juillet à 9h30 en visioconférence, avec M. Laurent Gaillard, directeur commercial, et Mme Anne Servoz, responsable RH.""")
          + button("Rejoindre la réunion Teams", "https://teams.example.com/l/meetup-join/19-meeting-aiguillettes-0715", "#6264a7")
          + paras("""Je vous appelle lundi pour vous briefer sur la station et sur les attentes du client. Pouvez-vous me confirmer votre présence ?

Élodie Marchand
Consultante recrutement – Tourisme & Sport
Agence Cime Communication"""), "fr"),
      cte="b64"),

    # ================================================================ interview_invitation, es
    M(kind="interview_invitation", slug="picblanc_entrevista_telefonica", lang="es",
      company="Pic Blanc Resorts", contact="laia.puig@picblanc.example.ad",
      key="pb_inv",
      frm=LAIA,
      subject="Entrevista telefónica – Técnico/a de Marketing de Estaciones",
      date="2026-06-08 12:30 +0200",
      text=LAIA_INVITE.replace("–", "-"), charset="iso-8859-1", cte="qp",
      subj_enc=("utf-8", "Q")),

    M(kind="interview_invitation", slug="nevada_entrevista_oficina", lang="es",
      company="Nevada Pirineo Marketing", contact="marc.sole@nevadapirineo.example.ad",
      key="np_inv", parent="np_ack",
      frm=MARC, name_enc=("utf-8", "Q"),
      subject="Entrevista en Nevada Pirineo Marketing",
      date="2026-09-07 09:55 +0200",
      text=MARC_INVITE, html=simple_html(paras(MARC_INVITE), "es"), cte="qp", html_cte="b64"),

    M(kind="interview_invitation", slug="andbike_charlamos_jueves", lang="es",
      company="Andbike Events", contact="sergi@andbike-events.example.ad",
      key="and_inv",
      frm=SERGI, subject="¿hablamos el jueves?", date="2026-09-21 19:14 +0200",
      text="""Hola Jannik!

Me ha pasado tu CV Meritxell, de Turismo Valls del Nord: me contó que al final no pudieron contar contigo para la plaza de promoción, pero que les habías causado muy buena impresión. Nosotros buscamos a alguien para llevar el marketing y los patrocinios de nuestras carreras de BTT en el Pirineo.

¿Tienes un rato el jueves para charlar? Por la tarde me va bien, a partir de las 17h. Llamada o café en La Massana, como prefieras.

Sergi
Andbike Events · +376 355 210""",
      cte="8bit", subj_enc=("iso-8859-1", "B")),

    # ================================================================ reschedule / cancel, de
    M(kind="interview_reschedule_or_cancel", slug="gipfelwerk_termin_verschoben", lang="de",
      company="Gipfelwerk", contact="sabine.ortner@gipfelwerk.example.at",
      key="gw_move", parent="gw_inv",
      refs=["<8d1f22.confirm.gw@mail.example.at>"],
      frm=SABINE,
      subject="AW: Einladung zum Gespräch – Junior Marketing Manager Wintersport",
      date="2026-02-02 08:51 +0100",
      text=outlook_reply(f"""Sehr geehrter Herr Mbeki-Laurent,

leider muss ich unseren Termin am Mittwoch verschieben: Herr Huter ist kurzfristig auf einer Messe in München und kommt erst Donnerstagabend zurück.

Wäre es für Sie in Ordnung, stattdessen am Freitag, 6. Februar, um 14:00 Uhr zu kommen? Ort und Ablauf bleiben gleich. Eine kurze Bestätigung genügt.

Entschuldigen Sie die Umstände!

Freundliche Grüße
{SIG_SABINE}""", "de", "Jannik Mbeki-Laurent <jannik.ml@example.at>",
          "Mittwoch, 28. Jänner 2026 18:02", "Sabine Ortner <sabine.ortner@gipfelwerk.example.at>",
          "Re: Einladung zum Gespräch – Junior Marketing Manager Wintersport",
          """Sehr geehrte Frau Ortner,

vielen Dank für die Einladung! Den Termin am Mittwoch, 4. Februar, um 10:00 Uhr bestätige ich sehr gerne. Ich freue mich darauf, Sie und Herrn Huter kennenzulernen.

Mit freundlichen Grüßen
Jannik Mbeki-Laurent"""),
      cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="nordkette_update_sequence1", lang="de",
      company="Tourismusverband Nordkette", contact="verena.schoepf@tv-nordkette.example.at",
      key="nk_move", parent="nk_inv",
      frm=VERENA, name_enc=("utf-8", "B"),
      subject="Aktualisiert: Vorstellungsgespräch Marketing Manager Winter – Tourismusverband Nordkette",
      date="2026-02-12 16:40 +0100",
      text=f"""Sehr geehrter Herr Mbeki-Laurent,

aufgrund einer kurzfristig einberufenen Vorstandssitzung müssen wir Ihr Gespräch vom Dienstag auf Donnerstag, 19. Februar, 13:00 Uhr verlegen. Raum und Teilnehmer bleiben unverändert.

Die aktualisierte Kalendereinladung ist beigefügt – bitte bestätigen Sie den neuen Termin.

Mit freundlichen Grüßen
{SIG_VERENA}

{DISCLAIMER_NK}""",
      attach=[ics("REQUEST", "040000008200E00074C5B7101A82E00800000000A1B2NK17@tv-nordkette.example.at",
                  "2026-02-19 13:00 +0100", "2026-02-19 14:30 +0100",
                  "Vorstellungsgespräch Jannik Mbeki-Laurent – Marketing Manager Winter",
                  "Maria-Theresien-Straße 88, 2. Stock, Besprechungsraum Patscherkofel",
                  VERENA, seq=1)],
      cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="isarkante_interviewerin_krank", lang="de",
      company="Isarkante Sports Marketing", contact="tobias.reindl@isarkante.example.de",
      key="ik_move", parent="ik_inv",
      frm=TOBIAS, subject="Panel-Interview morgen: neuer Termin am 4. Mai",
      date="2026-04-27 07:58 +0200",
      text="""Guten Morgen Herr Mbeki-Laurent,

leider eine kurzfristige Änderung: Frau Berger hat sich heute früh krankgemeldet, und ohne unsere Head of Sponsorship möchten wir das Panel nicht durchführen.

Wir würden das Interview gerne auf Montag, 4. Mai, 10:00 Uhr verschieben – gleicher Ort, gleiche Runde. Ich schicke Ihnen gleich eine aktualisierte Einladung. Falls der Termin nicht passt, rufen Sie mich bitte an; Ihre Bahntickets buchen wir selbstverständlich kostenlos um.

Entschuldigen Sie die Umstände und viele Grüße
Tobias Reindl
Talent Acquisition · Isarkante Sports Marketing GmbH
+49 89 4120 887-15""",
      html=outlook_word(mso("""Guten Morgen Herr Mbeki-Laurent,

leider eine kurzfristige Änderung: Frau Berger hat sich heute früh krankgemeldet, und ohne unsere Head of Sponsorship möchten wir das Panel nicht durchführen.

Wir würden das Interview gerne auf Montag, 4. Mai, 10:00 Uhr verschieben – gleicher Ort, gleiche Runde. Ich schicke Ihnen gleich eine aktualisierte Einladung. Falls der Termin nicht passt, rufen Sie mich bitte an; Ihre Bahntickets buchen wir selbstverständlich kostenlos um.

Entschuldigen Sie die Umstände und viele Grüße
Tobias Reindl
Talent Acquisition · Isarkante Sports Marketing GmbH
+49 89 4120 887-15"""), "de-DE"),
      cte="qp", html_cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="alpenpersonal_kunde_verlegt", lang="de",
      company="Kaunertaler Gletscherbahnen", contact="t.kroell@alpenpersonal.example.at",
      key="alp_move", parent="alp_inv",
      frm=KROELL, name_enc=("iso-8859-1", "Q"),
      subject="Terminänderung Kaunertaler Gletscherbahnen: Donnerstag statt Dienstag",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-01-23 15:05 +0100",
      text="""Hallo Herr Mbeki-Laurent,

kleine Änderung: Frau Santeler muss am Dienstag zu einer Sitzung nach Landeck und hat gefragt, ob wir das Gespräch auf Donnerstag, 29. Jänner, um 10:30 Uhr verlegen können. Ort bleibt das Verwaltungsgebäude in Feichten.

Ich habe vorläufig zugesagt, weil Sie meinten, Sie hätten Donnerstag vormittags frei. Falls das doch nicht geht, rufen Sie mich bitte gleich an.

Beste Grüße
Thomas Kröll
Alpenpersonal GmbH | Mobil +43 664 205 7781""",
      charset="iso-8859-1", cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="limmat_method_cancel", lang="de",
      company="Limmat Brand Studio", contact="reto.brunner@limmat-brand.example.ch",
      key="lim_cancel", parent="lim_inv",
      frm=RETO, subject="Abgesagt: Kennenlernen Jannik / Limmat Brand Studio",
      date="2026-03-10 07:12 +0100",
      text=LIMMAT_CANCEL,
      attach=[ics("CANCEL", "lbs-call-20260312-jml@limmat-brand.example.ch",
                  "2026-03-12 16:00 +0100", "2026-03-12 16:30 +0100",
                  "Kennenlernen Jannik / Limmat Brand Studio", "Video-Call", RETO, seq=1)],
      cte="8bit"),

    M(kind="interview_reschedule_or_cancel", slug="laufcup_neuer_termin_bestaetigt", lang="de",
      company="Wiener Laufcup", contact="daniela.stockinger@wienerlaufcup.example.at",
      key="wlc_move", parent="wlc_req",
      frm=DANIELA, subject="Re: Terminverschiebung Kennenlernen 7. Juli",
      date="2026-07-02 09:26 +0200",
      text=reply("""Hallo Jannik,

kein Problem, so eine Fortbildung geht vor! Ich habe deinen Termin auf Donnerstag, 9. Juli, 14:00 Uhr umgebucht, du bekommst gleich noch eine neue Bestätigung aus Personio. Der alte Termin am 7. ist storniert.

Bis dann, liebe Grüße
Daniela

Daniela Stockinger
Teamlead Partnerships | Wiener Laufcup
Engerthstraße 230, 1020 Wien""", "de", "Mi., 1. Juli 2026 um 21:30", "Jannik Mbeki-Laurent",
          "jannik.ml@example.at", WLC_MOVE_REQUEST),
      cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="innsport_teams_statt_vorort_seq1", lang="de",
      company="Innsport Akademie", contact="kerstin.aigner@innsport-akademie.example.at",
      key="isa_move", parent="isa_inv",
      frm=KERSTIN,
      subject="Aktualisiert: Gespräch Firmen-Skikurse (jetzt per Teams, 16:30 Uhr)",
      date="2026-08-21 12:30 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

eine Änderung zu unserem Gespräch am Mittwoch: Herr Mag. Pletzer ist an diesem Tag in Wien und kann nur online teilnehmen. Wir verlegen das Gespräch daher auf Microsoft Teams und beginnen um 16:30 statt um 15:00 Uhr.

Den Teams-Link finden Sie in der aktualisierten Einladung. Bitte nehmen Sie die neue Version in Ihrem Kalender an.

Freundliche Grüße
Kerstin Aigner
Leitung Personal · Innsport Akademie GmbH""",
      html=outlook_word(mso("""Sehr geehrter Herr Mbeki-Laurent,

eine Änderung zu unserem Gespräch am Mittwoch: Herr Mag. Pletzer ist an diesem Tag in Wien und kann nur online teilnehmen. Wir verlegen das Gespräch daher auf Microsoft Teams und beginnen um 16:30 statt um 15:00 Uhr.

Den Teams-Link finden Sie in der aktualisierten Einladung. Bitte nehmen Sie die neue Version in Ihrem Kalender an.

Freundliche Grüße
Kerstin Aigner
Leitung Personal · Innsport Akademie GmbH""")),
      attach=[ics("REQUEST", "isa-firmenski-20260826@innsport-akademie.example.at",
                  "2026-08-26 16:30 +0200", "2026-08-26 17:30 +0200",
                  "Gespräch Leitung Firmen-Skikurse – J. Mbeki-Laurent",
                  "Microsoft Teams-Besprechung", KERSTIN, seq=1,
                  description="Teams: https://teams.example.com/l/meetup-join/isa-0826")],
      cte="qp", html_cte="b64"),

    M(kind="interview_reschedule_or_cancel", slug="kitzalp_assessment_verschoben", lang="de",
      company="Kitzalp Events", contact="b.hechenberger@kitzalp-events.example.at",
      key="kz_move", parent="kz_inv",
      frm=BARBARA, subject="Verschiebung Assessment Center auf 2. Juni",
      date="2026-05-08 13:44 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

danke für Ihre Zusage! Leider muss ich Ihnen mitteilen, dass wir das Assessment Center vom 12. Mai verschieben müssen: Unsere Geschäftsführerin ist in der Woche bei einem Kunden in Dubai, und wir möchten, dass sie alle Kandidatinnen und Kandidaten persönlich kennenlernt.

Neuer Termin ist Dienstag, 2. Juni 2026, gleiche Uhrzeit (09:00 – ca. 16:00 Uhr) und gleicher Ort. Der Ablauf aus dem Anhang der letzten Mail bleibt unverändert.

Bitte geben Sie mir kurz Bescheid, ob Sie am 2. Juni dabei sein können.

Herzliche Grüße
Barbara Hechenberger
Kitzalp Events GmbH""",
      charset="windows-1252", cte="8bit"),

    # ================================================================ reschedule / cancel, en
    M(kind="interview_reschedule_or_cancel", slug="donaukanal_method_cancel_pause", lang="en",
      company="Donaukanal Media", contact="katharina.wimmer@donaukanal-media.example.at",
      key="dk_cancel", parent="dk_inv",
      frm=KATHARINA,
      subject="Canceled: Donaukanal Media – Jannik Mbeki-Laurent / Audience Growth Manager",
      date="2026-04-20 10:03 +0200",
      text="""Hi Jannik,

I'm sorry to do this at short notice, but I have to cancel our video call on Thursday. Our leadership team is reviewing the structure of the audience team this week, and I've been asked to pause all interviews for this role until that review is finished.

I'll come back to you as soon as I know more – this is not a decision about your application.

Best,
Katharina

Katharina Wimmer
Talent Partner | Donaukanal Media GmbH
Obere Donaustraße 95, 1020 Vienna""",
      attach=[ics("CANCEL", "gh-interview-55120931@donaukanal-media.example.at",
                  "2026-04-23 14:00 +0200", "2026-04-23 14:45 +0200",
                  "Donaukanal Media – Jannik Mbeki-Laurent / Audience Growth Manager",
                  "Google Meet", KATHARINA, seq=2)],
      cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="northbank_call_moved_friday", lang="en",
      company="Northbank Athletic", contact="priya.nandakumar@northbank-athletic.example.co.uk",
      key="nb_move", parent="nb_inv",
      refs=["<CAFx8jml.reply.northbank@mail.example.at>"],
      frm=PRIYA,
      subject="Re: Northbank Athletic – quick chat about the Brand Marketing Executive role?",
      date="2026-06-25 08:12 +0100",
      text="""Morning Jannik,

Apologies – something's come up with our quarterly review this morning and I'll be stuck in it until lunchtime. Could we move our call from 10:00 today to tomorrow, Friday 26 June, at 14:00 UK time (15:00 for you)? Same number as before.

Thanks for bearing with me,
Priya

""" + attribution("en", "Mon, 22 Jun 2026 at 18:31", "Jannik Mbeki-Laurent",
                  "jannik.ml@example.at") + "\n" + quote("""Hi Priya,

Thanks so much for reaching out! Thursday at 10:00 UK time works perfectly for me. The best number is +43 660 318 4472.

Best,
Jannik

""" + attribution("en", "Mon, 22 Jun 2026 at 12:05", "Priya Nandakumar",
                  "priya.nandakumar@northbank-athletic.example.co.uk") + "\n" + quote(PRIYA_INVITE)),
      cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="summit_client_pushes_week", lang="en",
      company="Summit Search Partners", contact="oliver.pratt@summitsearch.example.co.uk",
      key="ss_move", parent="ss_inv",
      frm=OLIVER, subject="Re: Client interview – Head of Brand (outdoor), Thursday 19 March",
      date="2026-03-16 09:35 +0000",
      text=reply("""Jannik,

Change of plan from the client's side, I'm afraid: their Marketing Director has been pulled into a product recall meeting on Thursday, so they'd like to push your interview to Tuesday 24 March, same time (11:00 UK / 12:00 your time). Teams link to follow.

Can you let me know today if that works? They're keen not to lose momentum.

Oliver""", "en", "Thu, 12 Mar 2026 at 16:20", "Oliver Pratt",
          "oliver.pratt@summitsearch.example.co.uk", OLIVER_INVITE),
      cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="crestline_ashby_rescheduled_notice", lang="en",
      company="Crestline Outdoor", contact="",
      key="cr_move", parent="cr_inv",
      frm=("Crestline Outdoor", "no-reply@ashbyhq.com"),
      subject="Updated: Your interview with Crestline Outdoor has been rescheduled",
      date="2026-07-24 15:40 +0000",
      text="""Hi Jannik,

Your interview for Senior Community Marketing Manager has been rescheduled by Crestline Outdoor.

Previous time: Tuesday, July 28, 2026, 3:00 PM – 3:45 PM BST
New time: Wednesday, July 29, 2026, 11:00 AM – 11:45 AM BST

Interviewers: Marcus Delaney, Aisha Grant
Location: Video call (link in the attached calendar invite)

If the new time doesn't work, use the link below to choose another slot:
https://jobs.ashbyhq.com/crestline-outdoor/interview-scheduling/5e0c2d8a/reschedule

Crestline Outdoor Recruiting · Powered by Ashby""",
      attach=[ics("REQUEST", "ashby-int-8812-55ac@ashbyhq.com",
                  "2026-07-29 11:00 +0100", "2026-07-29 11:45 +0100",
                  "Interview: Jannik Mbeki-Laurent – Senior Community Marketing Manager",
                  "Video call: https://meet.example.com/crestline-jml",
                  ("Crestline Outdoor Recruiting", "no-reply@ashbyhq.com"), seq=1,
                  inline=False)],
      cte="qp"),

    # ================================================================ reschedule / cancel, fr
    M(kind="interview_reschedule_or_cancel", slug="aiguille_intervenant_malade", lang="fr",
      company="Aiguille Sports", contact="camille.rouvier@aiguille-sports.example.fr",
      key="ai_move", parent="ai_inv",
      frm=CAMILLE, subject="RE: Entretien – Chef de produit marketing ski (Chamonix)",
      date="2026-05-15 17:05 +0200",
      text=outlook_reply("""Bonjour Monsieur Mbeki-Laurent,

Je suis navrée : Nicolas Favre est souffrant et en arrêt jusqu'à la fin de la semaine prochaine. Nous devons donc décaler notre entretien de mardi.

Pourriez-vous vous libérer le jeudi 28 mai à 15h00, toujours dans nos locaux ? Si ce créneau ne vous convient pas, proposez-moi deux ou trois autres possibilités la semaine suivante.

Avec toutes mes excuses pour ce contretemps,
Camille Rouvier
Chargée de recrutement – Aiguille Sports""", "fr", "Jannik Mbeki-Laurent <jannik.ml@example.at>",
          "lundi 11 mai 2026 19:48", "Camille Rouvier <camille.rouvier@aiguille-sports.example.fr>",
          "Re: Entretien – Chef de produit marketing ski (Chamonix)",
          """Bonjour Madame Rouvier,

Merci beaucoup pour votre message. Je vous confirme avec plaisir ma présence le mardi 19 mai à 10h00 dans vos locaux à Chamonix.

Bien cordialement,
Jannik Mbeki-Laurent"""),
      html=outlook_word(mso("""Bonjour Monsieur Mbeki-Laurent,

Je suis navrée : Nicolas Favre est souffrant et en arrêt jusqu'à la fin de la semaine prochaine. Nous devons donc décaler notre entretien de mardi.

Pourriez-vous vous libérer le jeudi 28 mai à 15h00, toujours dans nos locaux ? Si ce créneau ne vous convient pas, proposez-moi deux ou trois autres possibilités la semaine suivante.

Avec toutes mes excuses pour ce contretemps,
Camille Rouvier
Chargée de recrutement – Aiguille Sports"""), "fr-FR"),
      cte="qp"),

    M(kind="interview_reschedule_or_cancel", slug="glisse_rdv_annule_inondation", lang="fr",
      company="Glisse Mont-Blanc", contact="thibault.morel@glisse-montblanc.example.fr",
      key="gl_cancel", parent="gl_inv",
      frm=THIBAULT, subject="Re: Votre candidature – on se rencontre ?",
      date="2026-06-15 08:03 +0200",
      text=reply("""Bonjour Jannik,

Je dois malheureusement annuler notre rendez-vous de demain : la boutique est inondée depuis l'orage du week-end et toute l'équipe est mobilisée pour le nettoyage.

Je reviens vers vous dès que les choses se calment pour fixer une nouvelle date. Ce n'est que partie remise !

Thibault""", "fr", "mer. 10 juin 2026 à 18:22", "Thibault Morel",
          "thibault.morel@glisse-montblanc.example.fr", THIBAULT_INVITE),
      cte="8bit", headers=[("X-Mailer", "Android Mail")]),

    # ================================================================ reschedule / cancel, es
    M(kind="interview_reschedule_or_cancel", slug="nevada_cambio_hora", lang="es",
      company="Nevada Pirineo Marketing", contact="marc.sole@nevadapirineo.example.ad",
      key="np_move", parent="np_inv",
      frm=MARC, name_enc=("utf-8", "Q"),
      subject="Cambio de hora – entrevista del lunes 14",
      date="2026-09-09 16:27 +0200",
      text="""Hola de nuevo, Jannik:

Te escribo porque Núria tiene una reunión con un cliente el lunes por la mañana. ¿Podríamos retrasar la entrevista a las 16:30 del mismo día? El lugar sigue siendo el mismo: Av. Meritxell 84, 3.º.

Disculpa el cambio y confírmame cuando puedas.

Marc Solé
Nevada Pirineo Marketing""",
      charset="windows-1252", cte="qp", subj_enc=("windows-1252", "B")),

    # ================================================================ missed_interview_notice, de
    M(kind="missed_interview_notice", slug="salzach_schnuppertag_nicht_erschienen", lang="de",
      company="Salzach Bergbahnen", contact="markus.eder@salzach-bergbahnen.example.at",
      key="sz_missed", parent="sz_inv",
      frm=MARKUS, subject="Schnuppertag heute – wo waren Sie?",
      date="2026-03-25 11:47 +0100",
      text=SALZACH_MISSED, cte="qp"),

    M(kind="missed_interview_notice", slug="personalwerk_kunde_zweimal_angerufen", lang="de",
      company="Personalwerk Salzburg", contact="sandra.leitgeb@personalwerk.example.at",
      key="pw_missed", parent="pw_inv",
      frm=SANDRA, subject="Kunde hat Sie nicht erreicht",
      date="2026-07-21 10:48 +0200",
      text="""Hallo Herr Mbeki-Laurent,

der Geschäftsführer unseres Kunden hat mich gerade angerufen: Er hat es um 10:00 und um 10:15 Uhr auf Ihrer Nummer versucht, aber niemanden erreicht – beim zweiten Mal war das Telefon ausgeschaltet.

Ist alles in Ordnung bei Ihnen? Bitte melden Sie sich so bald wie möglich bei mir, damit ich dem Kunden erklären kann, was passiert ist. Ich versuche, einen Ersatztermin zu bekommen, kann aber nichts versprechen.

Viele Grüße
Sandra Leitgeb
T +43 662 87 12 40-7""",
      cte="b64", headers=[("Importance", "high"), ("X-Priority", "1")]),

    M(kind="missed_interview_notice", slug="dolomiti_teams_gewartet", lang="de",
      company="Dolomiti Outdoor", contact="giulia.pichler@dolomiti-outdoor.example.it",
      key="dol_missed", parent="dol_inv",
      frm=GIULIA, subject="Ihr Video-Interview heute um 14:00 Uhr",
      date="2026-04-15 14:34 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

Herr Mair und ich haben heute ab 14:00 Uhr im Teams-Meeting auf Sie gewartet, das Sie über softgarden gebucht hatten. Bis 14:25 Uhr hat sich leider niemand eingewählt.

Vielleicht gab es ein technisches Problem? Wenn Sie weiterhin Interesse an der Stelle haben, schreiben Sie mir bitte bis Freitag – wir schauen dann, ob sich noch ein Termin findet.

Freundliche Grüße
Giulia Pichler
HR Business Partner
Dolomiti Outdoor GmbH · Schlachthofstraße 30 · 39100 Bozen (BZ)""",
      html=simple_html(paras("""Sehr geehrter Herr Mbeki-Laurent,

Herr Mair und ich haben heute ab 14:00 Uhr im Teams-Meeting auf Sie gewartet, das Sie über softgarden gebucht hatten. Bis 14:25 Uhr hat sich leider niemand eingewählt.

Vielleicht gab es ein technisches Problem? Wenn Sie weiterhin Interesse an der Stelle haben, schreiben Sie mir bitte bis Freitag – wir schauen dann, ob sich noch ein Termin findet.

Freundliche Grüße
Giulia Pichler
HR Business Partner
Dolomiti Outdoor GmbH · Schlachthofstraße 30 · 39100 Bozen (BZ)""")),
      cte="qp"),

    M(kind="missed_interview_notice", slug="alpenblick_mobilbox", lang="de",
      company="Alpenblick Verlag", contact="lena.hofer@alpenblick-verlag.example.at",
      key="ab_missed", parent="ab_inv",
      frm=LENA, subject="Re: Kurzes Telefonat zu Ihrer Bewerbung?",
      date="2026-06-04 11:32 +0200",
      text=reply("""Hallo Herr Mbeki-Laurent,

ich habe Sie heute um 11:00 Uhr wie vereinbart angerufen und es um 11:10 Uhr noch einmal probiert, bin aber beide Male nur auf der Mobilbox gelandet.

Vielleicht ist etwas dazwischengekommen? Melden Sie sich gerne, wenn Sie das Telefonat nachholen möchten. Ich bin diese Woche noch bis Freitag im Büro.

Freundliche Grüße
Lena Hofer""", "de", "Mo., 1. Juni 2026 um 08:52", "Lena Hofer",
          "lena.hofer@alpenblick-verlag.example.at", LENA_INVITE),
      charset="iso-8859-1", cte="qp"),

    M(kind="missed_interview_notice", slug="oetztal_nicht_erschienen", lang="de",
      company="Ötztal Bike Festival", contact="lukas.falkner@oetztal-bikefestival.example.at",
      key="oe_missed", refs=["<c19e0a.einladung.sponsoring@oetztal-bikefestival.example.at>"],
      frm=LUKAS, name_enc=("utf-8", "Q"),
      subject="Unser Termin heute um 15 Uhr in Sölden",
      date="2026-09-10 15:55 +0200",
      text="""Hallo Herr Mbeki-Laurent,

wir waren heute um 15:00 Uhr im Festivalbüro in Sölden zum Gespräch über die Stelle Sponsoring Manager verabredet. Sie sind leider nicht erschienen, und unter Ihrer Handynummer hebt niemand ab.

Ich gehe davon aus, dass etwas dazwischengekommen ist. Wenn Sie noch Interesse haben, melden Sie sich bitte bis Montag bei mir oder bei Frau Gstrein.

Grüße aus dem Ötztal
Lukas Falkner
Geschäftsführer | Ötztal Bike Festival
Gemeindestraße 4 · 6450 Sölden · +43 5254 22 61""",
      cte="qp", subj_enc=("utf-8", "Q")),

    # ================================================================ missed_interview_notice, en
    M(kind="missed_interview_notice", slug="summit_client_waited_teams", lang="en",
      company="Summit Search Partners", contact="oliver.pratt@summitsearch.example.co.uk",
      key="ss_missed", parent="ss_move",
      frm=OLIVER, subject="Today's interview – what happened?",
      date="2026-03-24 11:31 +0000",
      text=SUMMIT_MISSED + "\n\n" + SIG_OLIVER,
      cte="qp",
      headers=[("Importance", "High")]),

    M(kind="missed_interview_notice", slug="halfpipe_waited_zoom", lang="en",
      company="Halfpipe Media", contact="sam.okafor@halfpipe-media.example.co.uk",
      key="hp_missed", parent="hp_inv",
      frm=SAM, subject="Missed you on Zoom this morning",
      date="2026-06-02 10:31 +0100",
      text="""Hi Jannik,

We had our interview in the diary for 10:00 today and I waited in the Zoom room until about 10:20, but it looks like you weren't able to join.

I hope everything's OK. If something came up, let me know and I'll see whether we can find another slot this week – though I should say the shortlist is moving quickly.

Sam

Sam Okafor
Head of Partnerships, Halfpipe Media
Unit 5, Hackney Wick Works, London E9 5EN""",
      html=simple_html(paras("""Hi Jannik,

We had our interview in the diary for 10:00 today and I waited in the Zoom room until about 10:20, but it looks like you weren't able to join.

I hope everything's OK. If something came up, let me know and I'll see whether we can find another slot this week – though I should say the shortlist is moving quickly.

Sam

Sam Okafor
Head of Partnerships, Halfpipe Media
Unit 5, Hackney Wick Works, London E9 5EN"""), "en"),
      cte="b64"),

    # ================================================================ missed_interview_notice, fr
    M(kind="missed_interview_notice", slug="ot_valleeblanche_deux_appels", lang="fr",
      company="Office de Tourisme de la Vallée Blanche", contact="s.bellin@ot-valleeblanche.example.fr",
      key="ot_missed", parent="ot_ack",
      frm=SOPHIE, subject="Entretien téléphonique de ce matin",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-05-07 10:52 +0200",
      text="""Monsieur,

Comme convenu, nous avons tenté de vous joindre ce matin à 10h00 pour l'entretien téléphonique relatif au poste de chargé de promotion touristique, puis une seconde fois à 10h15. Nos deux appels sont restés sans réponse.

Si vous souhaitez maintenir votre candidature, je vous remercie de me contacter avant lundi afin que nous convenions d'un nouveau créneau.

Cordialement,
Sophie Bellin
Responsable des ressources humaines
Office de Tourisme de la Vallée Blanche
85, place du Triangle de l'Amitié - 74400 Chamonix-Mont-Blanc""",
      charset="iso-8859-1", cte="qp"),

    M(kind="missed_interview_notice", slug="cime_client_attendu_teams", lang="fr",
      company="Domaine des Aiguillettes", contact="elodie.marchand@cime-communication.example.fr",
      key="ci_missed", parent="ci_inv",
      frm=ELODIE, name_enc=("utf-8", "B"),
      subject="Entretien de ce matin avec le Domaine des Aiguillettes",
      date="2026-07-15 10:05 +0200",
      text=CIME_MISSED + """

--
Élodie Marchand
Consultante recrutement – Tourisme & Sport
Agence Cime Communication · +33 4 50 27 61 90""",
      cte="qp"),

    # ================================================================ missed_interview_notice, es
    M(kind="missed_interview_notice", slug="picblanc_dos_llamadas", lang="es",
      company="Pic Blanc Resorts", contact="laia.puig@picblanc.example.ad",
      key="pb_missed", parent="pb_inv",
      frm=LAIA,
      subject="Re: Entrevista telefónica – Técnico/a de Marketing de Estaciones",
      date="2026-06-11 10:40 +0200",
      text=reply("""Hola Jannik:

Jordi y yo te hemos llamado a las 10:00 y otra vez a las 10:10, pero no hemos podido localizarte: el teléfono daba apagado.

Si ha habido algún problema, escríbeme y vemos qué podemos hacer.

Un saludo,
Laia""", "es", "lun, 8 jun 2026 a las 12:30", "Laia Puig", "laia.puig@picblanc.example.ad",
          LAIA_INVITE),
      cte="qp", subj_enc=("utf-8", "B")),
]

