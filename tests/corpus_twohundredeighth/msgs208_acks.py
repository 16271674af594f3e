"""Corpus 208: application acknowledgements (application_received) and offers.

Hand-written, one spec per message.
"""

from __future__ import annotations

from msgs208_common import (
    M,
    ats_card,
    button,
    mso,
    outlook_reply,
    outlook_word,
    paras,
    pdf,
    reply,
    simple_html,
)
from msgs208_invites import (
    CAMILLE,
    DANIELA,
    ELODIE,
    KERSTIN,
    KROELL,
    LEA,
    OLIVER,
    SABINE,
    SANDRA,
    SERGI,
    SIG_KROELL,
    SIG_SABINE,
    SOPHIE,
    TOBIAS,
)
from msgs208_other import GW_THANKS, SUMMIT_CV

FLORIAN = ("Florian Haas", "florian.haas@sv-inntal.example.at")
MERITXELL = ("Meritxell Casals", "mcasals@vallsdelnord.example.ad")
JAMES = ("James Ashworth", "james.ashworth@ridgewaytalent.example.co.uk")
PIERRE = ("Pierre Duvillard", "p.duvillard@maisonmontagne-argentiere.example.fr")

GW_ACK = """Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für Ihre Bewerbung als Junior Marketing Manager Wintersport (m/w/d) und Ihr Interesse an Gipfelwerk.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.

Mit freundlichen Grüßen
Ihr Gipfelwerk HR-Team"""

SZ_ACK = """Guten Tag Jannik Mbeki-Laurent,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Marketing- und Eventkoordinator (Req. 2026-031).

Aufgrund der großen Zahl an Bewerbungen können wir leider nicht jede Bewerbung individuell beantworten. Sollte Ihr Profil zu unseren Anforderungen passen, kontaktiert Sie unser Fachbereich direkt, in der Regel innerhalb von drei Wochen.

Danke für Ihr Interesse an den Salzach Bergbahnen!

Personalabteilung
Salzach Bergbahnen AG"""

IK_ACK = """Hallo Jannik,

vielen Dank für Ihre Bewerbung auf die Stelle Account Manager Sports Sponsorship (JR-2026-118) bei Isarkante Sports Marketing.

Wir haben Ihre Unterlagen erhalten und werden sie nun prüfen. Den aktuellen Stand können Sie jederzeit unter „Meine Bewerbungen“ in unserem Kandidatenportal verfolgen:
https://isarkante.wd3.myworkday.com/isarkante/d/home.htmld

Beste Grüße
Talent Acquisition | Isarkante Sports Marketing GmbH

Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht."""

ALP_REG = """Sehr geehrter Herr Mbeki-Laurent,

herzlich willkommen bei Alpenpersonal! Ihre Registrierung in unserem Bewerberpool war erfolgreich, und Ihr Lebenslauf ist bei uns gespeichert.

Ihr persönlicher Ansprechpartner ist Thomas Kröll aus unserem Team Tourismus & Freizeit. Er meldet sich in den nächsten Tagen bei Ihnen, um Ihre Wünsche und Ihre Verfügbarkeit zu besprechen. Bis dahin müssen Sie nichts weiter tun.

Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
Ihr Alpenpersonal-Team
Museumstraße 21, 6020 Innsbruck · www.alpenpersonal.example.at"""

DOL_ACK = """Sehr geehrter Herr Mbeki-Laurent,

herzlichen Dank für Ihre Bewerbung als Marketing Specialist DACH. Wir haben Ihre Unterlagen erhalten und freuen uns über Ihr Interesse an Dolomiti Outdoor.

Wie geht es weiter? Unser HR-Team und die Fachabteilung sehen sich Ihre Bewerbung in den kommenden Tagen an. Sie hören spätestens in drei Wochen von uns.

Freundliche Grüße aus Bozen
Ihr Dolomiti Outdoor Recruiting-Team"""

ZG_ACK = """Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für Ihr Interesse am Zillergrund Resort! Hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position Marketing Coordinator Winter 2026/27 in Mayrhofen.

Ihre Unterlagen werden an unsere Personalabteilung weitergeleitet. Der Auswahlprozess dauert erfahrungsgemäß drei bis vier Wochen.

Freundliche Grüße
Personalabteilung Zillergrund Resort

Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht."""

RS_ACK = """Guten Tag Herr Mbeki-Laurent,

vielen Dank für Ihre Bewerbung als Brand Partnerships Manager bei Ringstraße Sportmarketing. Ihre Unterlagen sind bei uns eingegangen.

Da wir sehr viele Bewerbungen erhalten, ist uns eine individuelle Rückmeldung zu jedem Zwischenschritt leider nicht möglich. Wenn wir uns innerhalb von vier Wochen nicht bei Ihnen melden, haben wir uns für andere Kandidatinnen und Kandidaten entschieden.

Wir danken Ihnen für Ihr Interesse und Ihr Vertrauen.

Ihr Team von Ringstraße Sportmarketing"""

NB_ACK = """Hi Jannik,

Thanks for your interest in Northbank Athletic! We've received your application for the Brand Marketing Executive role in London.

Our team reviews every application carefully. If your experience matches what we're looking for, a member of the talent team will be in touch to arrange next steps.

In the meantime, follow us on Instagram @northbankathletic for a look behind the scenes.

The Northbank Athletic Talent Team"""

CR_ACK = """Hi Jannik,

We've received your application for Senior Community Marketing Manager at Crestline Outdoor – thank you for taking the time to apply.

What happens next: our recruiting team reviews applications on a rolling basis. You can expect to hear from us within ten working days either way.

Crestline Outdoor Recruiting"""

AI_ACK = """Bonjour Jannik,

Merci d'avoir postulé au poste de Chef de produit marketing ski chez Aiguille Sports ! Votre candidature a bien été transmise à notre équipe recrutement.

Nous étudions chaque dossier avec attention et reviendrons vers vous dans les meilleurs délais.

À très vite,
L'équipe Aiguille Sports"""

CI_REG = """Bonjour Jannik,

Suite à notre échange téléphonique, je vous confirme votre inscription dans notre vivier de candidats Tourisme & Sport. Votre CV et votre lettre de motivation sont bien enregistrés.

Je vous présenterai uniquement des postes correspondant à vos critères (Haute-Savoie et Savoie, marketing ou communication, CDI ou saison longue), et toujours avec votre accord préalable.

Au plaisir d'échanger très vite,
Élodie Marchand
Consultante recrutement – Tourisme & Sport
Agence Cime Communication
45 avenue de la Plage, 74000 Annecy
+33 4 50 27 61 90"""

MESSAGES = [
    # ================================================================ application_received, de
    M(kind="application_received", slug="gipfelwerk_personio_eingang", lang="de",
      company="Gipfelwerk", contact="",
      key="gw_ack",
      frm=("Gipfelwerk Recruiting", "noreply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung – Junior Marketing Manager Wintersport",
      date="2026-01-19 10:02 +0100",
      text=GW_ACK + "\n\nGipfelwerk GmbH · Grabenweg 68 · 6020 Innsbruck\n"
      "Diese E-Mail wurde automatisch versendet.",
      html=ats_card("Gipfelwerk", "#d35400", paras(GW_ACK)
                    + button("Zum Bewerberportal", "https://gipfelwerk.jobs.personio.de/portal", "#d35400"),
                    "Gipfelwerk GmbH · Grabenweg 68 · 6020 Innsbruck · Diese E-Mail wurde automatisch versendet."),
      headers=[("Auto-Submitted", "auto-generated")], cte="qp"),

    M(kind="application_received", slug="salzach_successfactors_keine_einzelantwort", lang="de",
      company="Salzach Bergbahnen", contact="",
      key="sz_ack",
      frm=("Salzach Bergbahnen Karriere", "noreply@successfactors.eu"),
      subject="Ihre Bewerbung ist eingegangen (Req. 2026-031)",
      date="2026-03-09 07:12 +0100",
      html=ats_card("Salzach Bergbahnen – Karriere", "#005b96", paras(SZ_ACK),
                    "Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht darauf."),
      cte="b64"),

    M(kind="application_received", slug="isarkante_workday_eingang", lang="de",
      company="Isarkante Sports Marketing", contact="",
      key="ik_ack",
      frm=("Isarkante Sports Marketing", "isarkante@myworkday.com"),
      subject="Vielen Dank für Ihre Bewerbung: Account Manager Sports Sponsorship (JR-2026-118)",
      date="2026-04-02 06:30 -0700",
      text=IK_ACK,
      html=ats_card("Isarkante Sports Marketing", "#0875e1", paras(IK_ACK)),
      cte="qp"),

    M(kind="application_received", slug="alpenpersonal_registrierung", lang="de",
      company="Alpenpersonal", contact="t.kroell@alpenpersonal.example.at",
      key="alp_reg",
      frm=("Alpenpersonal Bewerberportal", "noreply@alpenpersonal.example.at"),
      reply_to=KROELL, name_enc=("iso-8859-1", "Q"),
      subject="Ihre Registrierung bei Alpenpersonal",
      date="2026-01-12 09:18 +0100",
      text=ALP_REG, html=simple_html(paras(ALP_REG)), cte="qp"),

    M(kind="application_received", slug="bergfux_workday_eingang", lang="de",
      company="Bergfux Sportswear", contact="",
      key="bf_ack",
      frm=("Bergfux Sportswear", "bergfux@myworkday.com"),
      subject="Bewerbungseingang – Junior Brand Manager Outdoor (R-01877)",
      date="2026-01-26 01:40 -0800",
      text="""Guten Tag Jannik,

vielen Dank für Ihre Bewerbung als Junior Brand Manager Outdoor (R-01877) bei Bergfux Sportswear in München.

Wir haben Ihre Bewerbung erhalten. Unser Recruiting-Team wird Ihre Unterlagen sichten und sich bei Ihnen melden, sobald es Neuigkeiten gibt.

Viele Grüße
Ihr Talent Acquisition Team
Bergfux Sportswear GmbH""",
      cte="qp"),

    M(kind="application_received", slug="dolomiti_softgarden_danke", lang="de",
      company="Dolomiti Outdoor", contact="",
      key="dol_ack", parent="dol_apply",
      frm=("Dolomiti Outdoor", "dolomiti-outdoor@softgarden.io"),
      subject="Danke für Ihre Bewerbung bei Dolomiti Outdoor",
      date="2026-03-30 08:02 +0200",
      text=DOL_ACK + "\n\nDiese Nachricht wurde über softgarden versendet.",
      html=ats_card("Dolomiti Outdoor", "#3b6e4f", paras(DOL_ACK),
                    "Diese Nachricht wurde über softgarden versendet."),
      cte="qp", html_cte="b64"),

    M(kind="application_received", slug="zillergrund_icims_bestaetigung", lang="de",
      company="Zillergrund Resort", contact="",
      key="zg_ack",
      frm=("Zillergrund Resort Karriere", "donotreply@icims.com"),
      subject="Bestätigung: Bewerbung Marketing Coordinator Winter 2026/27",
      date="2026-09-14 04:12 -0400",
      text=ZG_ACK,
      html=simple_html(paras(ZG_ACK)).replace('charset="utf-8"', 'charset="iso-8859-1"'),
      charset="iso-8859-1", cte="qp"),

    M(kind="application_received", slug="eisadler_smartrecruiters_erhalten", lang="de",
      company="Eisadler Salzburg", contact="",
      key="ea_ack",
      frm=("Eisadler Salzburg", "no-reply@smartrecruiters.com"),
      subject="Bewerbung erhalten: Content & Social Media Manager (m/w/d)",
      date="2026-09-16 12:01 +0000",
      text="""Hallo Jannik,

danke für Ihre Bewerbung bei den Eisadlern Salzburg! Sie ist gut bei uns angekommen.

Unser Team schaut sich alle Bewerbungen nach dem Ende der Ausschreibungsfrist am 25. September gemeinsam an. Bis dahin bitten wir Sie um etwas Geduld.

Sportliche Grüße
Eisadler Salzburg – Recruiting

Diese E-Mail wurde über SmartRecruiters versendet.""",
      cte="b64"),

    M(kind="application_received", slug="sv_inntal_lebenslauf_angekommen", lang="de",
      company="SV Inntal 1921", contact="florian.haas@sv-inntal.example.at",
      key="svi_ack", refs=["<CAFx8jml.bewerbung.svinntal@mail.example.at>"],
      frm=FLORIAN, subject="Re: Bewerbung Vereinsmarketing",
      date="2026-02-25 20:11 +0100",
      text="""Hallo Jannik,

danke für deine Mail, dein Lebenslauf und das Konzept sind angekommen. Ich nehm das mit in die Vorstandssitzung am 10. März und geb dir danach Bescheid.

LG Flo

--
Florian Haas
Obmann-Stv. | SV Inntal 1921
0664 / 38 12 904""",
      cte="8bit"),

    M(kind="application_received", slug="personalwerk_datenbank_bestaetigung", lang="de",
      company="Personalwerk Salzburg", contact="sandra.leitgeb@personalwerk.example.at",
      key="pw_reg",
      frm=SANDRA, subject="Ihre Registrierung bei Personalwerk – Bestätigung",
      date="2026-07-06 13:20 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für das angenehme Telefonat heute Vormittag und für die Zusendung Ihrer Unterlagen. Hiermit bestätige ich Ihnen, dass Sie in unserer Kandidatendatenbank registriert sind.

Ihr Suchprofil habe ich so hinterlegt, wie wir es besprochen haben: Marketing, Kommunikation oder Eventmanagement im Raum Salzburg und Pinzgau, Vollzeit, Start ab September. Ohne Ihre ausdrückliche Zustimmung leiten wir Ihre Unterlagen an keinen Kunden weiter.

Viele Grüße
Sandra Leitgeb
Senior Consultant
Personalwerk Salzburg GmbH
Sterneckstraße 33, 5020 Salzburg
T +43 662 87 12 40-7

Personalwerk Salzburg GmbH · FN 290114k · Landesgericht Salzburg
Diese Nachricht ist ausschließlich für den Adressaten bestimmt.""",
      charset="iso-8859-1", cte="qp"),

    M(kind="application_received", slug="ringstrasse_recruitee_vier_wochen", lang="de",
      company="Ringstraße Sportmarketing", contact="",
      key="rs_ack",
      frm=("Ringstraße Sportmarketing", "no-reply@jobs.recruitee.com"),
      name_enc=("iso-8859-1", "Q"),
      subject="Wir haben Ihre Bewerbung erhalten",
      date="2026-08-24 19:45 +0200",
      text=RS_ACK,
      html=ats_card("Ringstraße Sportmarketing", "#22333b", paras(RS_ACK), "Powered by Recruitee"),
      cte="qp"),

    # ================================================================ application_received, en
    M(kind="application_received", slug="northbank_greenhouse_thanks", lang="en",
      company="Northbank Athletic", contact="",
      key="nb_ack",
      frm=("Northbank Athletic", "no-reply@greenhouse-mail.io"),
      subject="Thank you for applying to Northbank Athletic",
      date="2026-06-15 08:31 +0000",
      html=ats_card("NORTHBANK ATHLETIC", "#0d1b2a", paras(NB_ACK),
                    "Northbank Athletic Ltd · 14 Bankside Yard, London SE1 9JE", lang="en"),
      cte="qp"),

    M(kind="application_received", slug="halfpipe_lever_cannot_reply_individually", lang="en",
      company="Halfpipe Media", contact="",
      key="hp_ack",
      frm=("Halfpipe Media", "no-reply@hire.lever.co"),
      subject="Thanks for applying to Halfpipe Media",
      date="2026-05-18 14:26 +0000",
      text="""Hi Jannik,

Thank you for applying for the Partnerships Coordinator role at Halfpipe Media. This email confirms that we have your application and CV.

Unfortunately we can't reply to every applicant individually, but every application is read by a person, not a robot. If you're shortlisted, you'll hear from us within two weeks.

Cheers,
Halfpipe Media

--
Sent via Lever. Replies to this address are not monitored.""",
      cte="7bit"),

    M(kind="application_received", slug="crestline_ashby_received", lang="en",
      company="Crestline Outdoor", contact="",
      key="cr_ack",
      frm=("Crestline Outdoor", "no-reply@ashbyhq.com"),
      subject="Application received – Senior Community Marketing Manager",
      date="2026-07-13 10:02 +0000",
      text=CR_ACK,
      html=ats_card("Crestline Outdoor", "#2b4162", paras(CR_ACK), "Powered by Ashby", lang="en"),
      cte="qp"),

    M(kind="application_received", slug="brightpeak_workable_received", lang="en",
      company="Brightpeak Sports Agency", contact="",
      key="bp_ack",
      frm=("Brightpeak Sports Agency", "noreply@candidates.workablemail.com"),
      subject="Your application for Athlete Partnerships Manager",
      date="2026-08-03 07:15 +0000",
      text="""Dear Jannik,

Thank you for applying for the Athlete Partnerships Manager position at Brightpeak Sports Agency.

We have received your application and will be reviewing it shortly. We'll get back to you as soon as possible.

Kind regards,
Brightpeak Sports Agency

Powered by Workable""",
      cte="7bit"),

    M(kind="application_received", slug="summit_cv_received_human", lang="en",
      company="Summit Search Partners", contact="oliver.pratt@summitsearch.example.co.uk",
      key="ss_ack", parent="ss_cv",
      frm=OLIVER, subject="Re: Head of Brand roles – CV attached",
      date="2026-03-04 10:08 +0000",
      text=reply("""Hi Jannik,

Thanks for sending your CV over – received and saved on our system. Very good timing, as I'm working on a couple of searches in the outdoor and snow sports space at the moment.

I'll read it properly over the next day or two and give you a call early next week to talk through what you're looking for. Is your Austrian mobile the best number?

Best,
Oliver

Oliver Pratt | Principal Consultant, Sport & Outdoor
Summit Search Partners""", "en", "Tue, 3 Mar 2026 at 16:45", "Jannik Mbeki-Laurent",
          "jannik.ml@example.at", SUMMIT_CV),
      cte="qp"),

    # ================================================================ application_received, fr
    M(kind="application_received", slug="aiguille_teamtailor_bien_recue", lang="fr",
      company="Aiguille Sports", contact="",
      key="ai_ack",
      frm=("Aiguille Sports", "notifications@teamtailor-mail.com"),
      subject="Nous avons bien reçu votre candidature",
      subj_enc=("utf-8", "Q"),
      date="2026-05-04 21:15 +0200",
      text=AI_ACK,
      html=ats_card("Aiguille Sports", "#c1121f", paras(AI_ACK),
                    "Envoyé avec Teamtailor · Politique de confidentialité", lang="fr"),
      cte="qp"),

    M(kind="application_received", slug="ot_valleeblanche_accuse_reception", lang="fr",
      company="Office de Tourisme de la Vallée Blanche", contact="s.bellin@ot-valleeblanche.example.fr",
      key="ot_ack",
      frm=SOPHIE,
      subject="Accusé de réception – candidature chargé de promotion touristique",
      subj_enc=("windows-1252", "Q"),
      date="2026-04-20 09:40 +0200",
      text="""Monsieur,

Nous accusons réception de votre candidature au poste de chargé de promotion touristique et vous en remercions.

Votre dossier sera examiné par la commission de recrutement, qui se réunira début mai. Nous ne manquerons pas de vous tenir informé de la suite qui lui sera donnée.

Veuillez agréer, Monsieur, nos salutations distinguées.

Sophie Bellin
Responsable des ressources humaines
Office de Tourisme de la Vallée Blanche
85, place du Triangle de l'Amitié – 74400 Chamonix-Mont-Blanc""",
      charset="windows-1252", cte="8bit"),

    M(kind="application_received", slug="cime_inscription_vivier", lang="fr",
      company="Agence Cime Communication", contact="elodie.marchand@cime-communication.example.fr",
      key="ci_reg",
      frm=ELODIE, name_enc=("iso-8859-1", "Q"),
      subject="Bienvenue chez Cime – votre inscription est confirmée",
      date="2026-06-29 17:30 +0200",
      text=CI_REG, html=simple_html(paras(CI_REG), "fr"), cte="qp"),

    # ================================================================ application_received, es
    M(kind="application_received", slug="nevada_bamboohr_recibida", lang="es",
      company="Nevada Pirineo Marketing", contact="",
      key="np_ack",
      frm=("Nevada Pirineo Marketing", "notifications@app.bamboohr.com"),
      subject="Hemos recibido tu candidatura",
      date="2026-08-31 09:05 +0000",
      text="""Hola Jannik,

Gracias por tu interés en el puesto de Ejecutivo/a de Cuentas Deportivas en Nevada Pirineo Marketing. Hemos recibido correctamente tu candidatura.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en contacto contigo para concertar una entrevista.

Un saludo,
Nevada Pirineo Marketing

Enviado con BambooHR. No respondas a este mensaje.""",
      cte="b64"),

    M(kind="application_received", slug="vallsdelnord_cv_recibido", lang="es",
      company="Turismo Valls del Nord", contact="mcasals@vallsdelnord.example.ad",
      key="vn_ack", refs=["<CAFx8jml.candidatura.vallsdelnord@mail.example.at>"],
      frm=MERITXELL,
      subject="RE: Candidatura técnico/a de promoción turística",
      subj_enc=("windows-1252", "Q"),
      date="2026-08-17 12:44 +0200",
      text=outlook_reply("""Hola Jannik:

Te confirmo que hemos recibido tu CV y la carta de presentación para la plaza de técnico/a de promoción turística. Muchas gracias por enviarlos en castellano y en catalán.

El plazo de inscripción termina el 31 de agosto; después, el comité revisará todas las candidaturas y contactaremos con las personas preseleccionadas durante la primera quincena de septiembre.

Saludos cordiales,
Meritxell Casals
Recursos Humanos – Turismo Valls del Nord
Tel. +376 878 300""", "es", "Jannik Mbeki-Laurent <jannik.ml@example.at>",
          "domingo, 16 de agosto de 2026 21:05", "Turismo Valls del Nord <rrhh@vallsdelnord.example.ad>",
          "Candidatura técnico/a de promoción turística", """Buenas tardes:

Adjunto mi CV y mi carta de presentación para la plaza de técnico/a de promoción turística publicada en su web, en castellano y en catalán.

Quedo a su disposición para cualquier información adicional.

Atentamente,
Jannik Mbeki-Laurent"""),
      charset="windows-1252", cte="qp"),

    # ================================================================ offer, de
    M(kind="offer", slug="gipfelwerk_angebot_pdf", lang="de",
      company="Gipfelwerk", contact="sabine.ortner@gipfelwerk.example.at",
      key="gw_offer", parent="gw_thanks",
      frm=SABINE, subject="Ihr Angebot – Junior Marketing Manager Wintersport",
      date="2026-02-16 11:20 +0100",
      text=reply(f"""Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für Ihre freundliche Nachricht nach dem Gespräch – die Freude war ganz auf unserer Seite.

Ich freue mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als Junior Marketing Manager Wintersport anbieten zu dürfen. Die Eckdaten (Eintritt 1. April 2026, Bruttomonatsgehalt EUR 3.150,– 14-mal, 38,5 Wochenstunden, Einstufung nach KV Handel) finden Sie im beiliegenden Angebotsschreiben.

Bitte lassen Sie uns bis Freitag, 27. Februar, wissen, ob Sie das Angebot annehmen. Für Fragen stehen Herr Huter und ich Ihnen jederzeit zur Verfügung.

Freundliche Grüße
{SIG_SABINE}""", "de", "Fr., 6. Feb. 2026 um 19:12", "Jannik Mbeki-Laurent",
          "jannik.ml@example.at", GW_THANKS),
      attach=[pdf("Angebot_Mbeki-Laurent.pdf", [
          "Gipfelwerk GmbH, Grabenweg 68, 6020 Innsbruck", "",
          "Herrn Jannik Mbeki-Laurent", "", "Innsbruck, 16. Februar 2026", "",
          "Angebot: Junior Marketing Manager Wintersport", "",
          "Eintritt: 1. April 2026", "Gehalt: EUR 3.150,- brutto, 14-mal jährlich",
          "Arbeitszeit: 38,5 Stunden pro Woche", "Kollektivvertrag: Handel",
          "Annahmefrist: 27. Februar 2026", "", "Sabine Ortner, HR",
      ], title="Angebot Junior Marketing Manager Wintersport")],
      cte="qp"),

    M(kind="offer", slug="isarkante_vertrag_zur_unterschrift", lang="de",
      company="Isarkante Sports Marketing", contact="tobias.reindl@isarkante.example.de",
      key="ik_offer", parent="ik_move",
      frm=TOBIAS, subject="Ihr Arbeitsvertrag zur Unterschrift",
      date="2026-05-12 16:30 +0200",
      text="""Hallo Herr Mbeki-Laurent,

wie heute Vormittag am Telefon besprochen: Wir freuen uns riesig, dass Sie ab 1. Juli unser Team als Account Manager Sports Sponsorship verstärken!

Anbei erhalten Sie Ihren Arbeitsvertrag. Bitte unterschreiben Sie ihn auf Seite 6 und laden Sie den Scan bis 22. Mai in unser Portal hoch oder schicken Sie ihn uns per Post. Das Gegenexemplar unterzeichnet unsere Geschäftsführung.

Bei Fragen zum Vertrag melden Sie sich gerne jederzeit bei mir.

Viele Grüße
Tobias Reindl
Talent Acquisition
Isarkante Sports Marketing GmbH
Rosenheimer Straße 145 · 81671 München
+49 89 4120 887-15

Isarkante Sports Marketing GmbH · Sitz München · Amtsgericht München HRB 233871 · Geschäftsführer: Dr. Markus Feld""",
      html=outlook_word(mso("""Hallo Herr Mbeki-Laurent,

wie heute Vormittag am Telefon besprochen: Wir freuen uns riesig, dass Sie ab 1. Juli unser Team als Account Manager Sports Sponsorship verstärken!

Anbei erhalten Sie Ihren Arbeitsvertrag. Bitte unterschreiben Sie ihn auf Seite 6 und laden Sie den Scan bis 22. Mai in unser Portal hoch oder schicken Sie ihn uns per Post. Das Gegenexemplar unterzeichnet unsere Geschäftsführung.

Bei Fragen zum Vertrag melden Sie sich gerne jederzeit bei mir.

Viele Grüße
Tobias Reindl
Talent Acquisition
Isarkante Sports Marketing GmbH"""), "de-DE"),
      attach=[pdf("Arbeitsvertrag_Mbeki-Laurent_Isarkante.pdf", [
          "Arbeitsvertrag", "zwischen Isarkante Sports Marketing GmbH, München",
          "und Herrn Jannik Mbeki-Laurent, Innsbruck", "",
          "§ 1 Beginn: 1. Juli 2026, Probezeit sechs Monate",
          "§ 2 Tätigkeit: Account Manager Sports Sponsorship",
          "§ 3 Vergütung: EUR 54.000 brutto jährlich", "§ 4 Urlaub: 30 Arbeitstage",
          "", "Unterschrift Arbeitnehmer: ____________________",
      ], title="Arbeitsvertrag")],
      cte="qp", html_cte="b64"),

    M(kind="offer", slug="alpenpersonal_kunde_will_angebot", lang="de",
      company="Seefelder Sporthaus", contact="t.kroell@alpenpersonal.example.at",
      key="alp_offer", refs=["<d41aa0.vorstellung.seefeld@alpenpersonal.example.at>"],
      frm=KROELL, name_enc=("utf-8", "B"),
      subject="Seefelder Sporthaus möchte Ihnen ein Angebot machen!",
      date="2026-07-20 11:52 +0200",
      text=f"""Hallo Herr Mbeki-Laurent,

ich habe soeben mit Herrn Neuner vom Seefelder Sporthaus telefoniert: Der Kunde möchte Ihnen die Stelle als Marketing- und Filialkoordinator anbieten!

Vorgesehen sind ein Start am 1. September, Vollzeit, EUR 2.950 brutto monatlich plus Personalrabatt und Saisonprämie. Den schriftlichen Vertrag schickt Ihnen das Sporthaus direkt, sobald Sie grundsätzlich zugesagt haben.

Lassen Sie uns am besten heute noch telefonieren – ich bin bis 18 Uhr erreichbar.

Beste Grüße
{SIG_KROELL}""",
      cte="8bit"),

    M(kind="offer", slug="laufcup_muendliches_angebot_zusammenfassung", lang="de",
      company="Wiener Laufcup", contact="daniela.stockinger@wienerlaufcup.example.at",
      key="wlc_offer", parent="wlc_move",
      frm=DANIELA, subject="Wie besprochen: unser Angebot",
      date="2026-07-16 17:12 +0200",
      text="""Hallo Jannik,

danke nochmal für das gute Telefonat vorhin! Wie besprochen fasse ich dir unser Angebot schriftlich zusammen:

– Stelle: Marketing & Partnerbetreuung, 30 Wochenstunden
– Beginn: 1. Oktober 2026
– Gehalt: € 2.600 brutto/Monat (14 Gehälter) auf Basis 30 Stunden
– Dienstort: Wien, ein Tag Homeoffice pro Woche

Wenn du zusagst, bereitet unser Office den Dienstvertrag vor. Überleg es dir in Ruhe und gib mir bis Ende nächster Woche Bescheid.

Liebe Grüße
Daniela

Daniela Stockinger
Teamlead Partnerships | Wiener Laufcup
Engerthstraße 230, 1020 Wien""",
      charset="windows-1252", cte="qp"),

    M(kind="offer", slug="innsport_angebot_firmenskikurse_pdf", lang="de",
      company="Innsport Akademie", contact="kerstin.aigner@innsport-akademie.example.at",
      key="isa_offer", parent="isa_move",
      frm=KERSTIN, subject="Angebot: Leitung Firmen-Skikurse",
      date="2026-09-09 14:05 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

nach unseren beiden Gesprächen freue ich mich, Ihnen heute das Angebot der Innsport Akademie zu übermitteln: Wir möchten Sie ab 1. November 2026 als Leiter unseres neuen Bereichs „Firmen-Skikurse“ einstellen.

Alle Details – Gehalt (€ 3.400 brutto, 14-mal), Dienstwagen für die Wintersaison, Arbeitszeitmodell – stehen im beigefügten Angebotsschreiben. Herr Mag. Pletzer würde sich über eine Zusage bis 18. September freuen.

Freundliche Grüße
Kerstin Aigner
Leitung Personal
Innsport Akademie GmbH
Fürstenweg 176 · 6020 Innsbruck""",
      charset="windows-1252", cte="qp",
      attach=[pdf("Angebotsschreiben_Firmen-Skikurse_Übersicht.pdf", [
          "Innsport Akademie GmbH, Fürstenweg 176, 6020 Innsbruck", "",
          "Angebot: Leitung Firmen-Skikurse", "Beginn: 1. November 2026",
          "Gehalt: EUR 3.400 brutto, 14-mal", "Dienstwagen: Dezember bis April",
          "Optional: Eintritt im Jänner 2027", "Annahmefrist: 18. September 2026",
      ], title="Angebot Leitung Firmen-Skikurse")]),

    # ================================================================ offer, en
    M(kind="offer", slug="brightpeak_offer_letter_pdf", lang="en",
      company="Brightpeak Sports Agency", contact="lea@brightpeak-sports.example.de",
      key="bp_offer", parent="bp_inv",
      frm=LEA, subject="Offer – Athlete Partnerships Manager",
      date="2026-09-01 12:40 +0200",
      text="""Hi Jannik,

Following our conversation on Friday, I'm delighted to offer you the position of Athlete Partnerships Manager at Brightpeak Sports Agency.

Your offer letter is attached. It sets out a start date of 1 November, a salary of EUR 52,000 per year plus a performance bonus, and hybrid working from our Munich office. Please read it through and let me know by 11 September whether you'd like to accept. Happy to jump on a call if anything is unclear.

Really looking forward to working together!

Lea

Lea Hartmann
Founder & MD, Brightpeak Sports Agency
Tumblingerstraße 22, 80337 Munich""",
      attach=[pdf("Brightpeak_Offer_Letter_JML.pdf", [
          "Brightpeak Sports Agency GmbH - Offer of Employment", "",
          "Candidate: Jannik Mbeki-Laurent", "Position: Athlete Partnerships Manager",
          "Start date: 1 November 2026", "Salary: EUR 52,000 per year plus bonus",
          "Place of work: Munich (hybrid)", "Please confirm by 11 September 2026",
      ], title="Offer of Employment")],
      cte="qp"),

    M(kind="offer", slug="ridgeway_client_wants_to_offer", lang="en",
      company="Tideway Racing", contact="james.ashworth@ridgewaytalent.example.co.uk",
      key="rw_offer", refs=["<f02b71.final.tideway@ridgewaytalent.example.co.uk>"],
      frm=JAMES, subject="Tideway Racing – offer!",
      date="2026-08-25 16:48 +0100",
      text="""Jannik,

Brilliant news: Tideway Racing want to make you an offer for the Marketing & Events Manager role! The MD called me ten minutes ago – they were really impressed by your final presentation.

Headline terms: GBP 41,000 base, 25 days' holiday plus bank holidays, start date flexible between October and November. They'll send the formal paperwork once you've accepted verbally.

Call me when you can and we'll go through it properly.

James

James Ashworth | Director
Ridgeway Talent
+44 20 7123 4471""",
      cte="qp"),

    # ================================================================ offer, fr
    M(kind="offer", slug="aiguille_promesse_embauche_pdf", lang="fr",
      company="Aiguille Sports", contact="camille.rouvier@aiguille-sports.example.fr",
      key="ai_offer", parent="ai_move",
      frm=CAMILLE, subject="Proposition d'embauche – Chef de produit marketing ski",
      date="2026-06-03 10:15 +0200",
      text="""Bonjour Monsieur Mbeki-Laurent,

Suite à votre entretien du 28 mai avec Nicolas Favre et moi-même, j'ai le grand plaisir de vous proposer le poste de chef de produit marketing ski au sein d'Aiguille Sports.

Vous trouverez en pièce jointe notre promesse d'embauche précisant les conditions : CDI à temps plein, prise de poste le 1er septembre 2026, rémunération annuelle brute de 42 000 euros sur 13 mois, statut cadre.

Nous vous remercions de nous retourner ce document signé avant le 12 juin.

Bien cordialement,
Camille Rouvier
Chargée de recrutement
Aiguille Sports SAS
240 avenue de l'Aiguille du Midi, 74400 Chamonix-Mont-Blanc""",
      html=simple_html(paras("""Bonjour Monsieur Mbeki-Laurent,

Suite à votre entretien du 28 mai avec Nicolas Favre et moi-même, j'ai le grand plaisir de vous proposer le poste de chef de produit marketing ski au sein d'Aiguille Sports.

Vous trouverez en pièce jointe notre promesse d'embauche précisant les conditions : CDI à temps plein, prise de poste le 1er septembre 2026, rémunération annuelle brute de 42 000 euros sur 13 mois, statut cadre.

Nous vous remercions de nous retourner ce document signé avant le 12 juin.

Bien cordialement,
Camille Rouvier
Chargée de recrutement
Aiguille Sports SAS"""), "fr"),
      attach=[pdf("Promesse_embauche_Mbeki-Laurent.pdf", [
          "Aiguille Sports SAS - Promesse d'embauche", "",
          "M. Jannik Mbeki-Laurent", "Poste : Chef de produit marketing ski (cadre)",
          "Contrat : CDI, temps plein", "Date de prise de poste : 1er septembre 2026",
          "Rémunération : 42 000 euros bruts annuels sur 13 mois",
          "Document à retourner signé avant le 12 juin 2026",
      ], title="Promesse d'embauche")],
      cte="qp", html_cte="qp"),

    M(kind="offer", slug="argentiere_contrat_saisonnier_signature", lang="fr",
      company="Maison de la Montagne d'Argentière", contact="p.duvillard@maisonmontagne-argentiere.example.fr",
      key="mm_offer", refs=["<0c91e2.appel.argentiere@maisonmontagne-argentiere.example.fr>"],
      frm=PIERRE, subject="Contrat saisonnier – à signer",
      date="2026-09-24 18:35 +0200",
      text="""Bonjour Jannik,

Comme convenu hier au téléphone, voici votre contrat de travail saisonnier pour le poste de responsable communication et réservations (saison d'hiver 2026-2027, du 1er décembre au 18 avril).

Merci de le parapher sur chaque page, de le signer en dernière page avec la mention « lu et approuvé » et de me le renvoyer scanné d'ici le 2 octobre. Nous vous remettrons l'original signé par notre président à votre arrivée.

Bienvenue dans l'équipe !

Pierre Duvillard
Gérant
Maison de la Montagne d'Argentière
Place de l'Église, 74400 Argentière
04 50 54 02 71""",
      attach=[pdf("Contrat_CDD_saison_2026-2027.pdf", [
          "Maison de la Montagne d'Argentière - Contrat à durée déterminée saisonnier", "",
          "Salarié : Jannik Mbeki-Laurent",
          "Emploi : responsable communication et réservations",
          "Durée : du 1er décembre 2026 au 18 avril 2027",
          "Rémunération : 2 450 euros bruts mensuels, logement fourni",
          "", "Lu et approuvé, signature : ____________________",
      ], title="Contrat saisonnier")],
      cte="8bit"),

    # ================================================================ offer, es
    M(kind="offer", slug="andbike_propuesta_contrato", lang="es",
      company="Andbike Events", contact="sergi@andbike-events.example.ad",
      key="and_offer", parent="and_inv",
      frm=SERGI, subject="Propuesta para unirte a Andbike",
      date="2026-10-09 13:22 +0200",
      text="""Hola Jannik,

Ha sido un placer conocerte estas semanas. Lo he hablado con mi socia y lo tenemos claro: queremos que te encargues del marketing y los patrocinios de Andbike Events a partir de noviembre.

Nuestra propuesta: contrato indefinido a jornada completa, 34.000 € brutos anuales en 14 pagas, y un bonus si cerramos el patrocinador principal para la temporada 2027. Te mando el contrato en cuanto me digas que sí.

¿Lo hablamos mañana por teléfono?

Un abrazo,
Sergi Torres
Andbike Events, S.L.
+376 355 210""",
      html=simple_html(paras("""Hola Jannik,

Ha sido un placer conocerte estas semanas. Lo he hablado con mi socia y lo tenemos claro: queremos que te encargues del marketing y los patrocinios de Andbike Events a partir de noviembre.

Nuestra propuesta: contrato indefinido a jornada completa, 34.000 € brutos anuales en 14 pagas, y un bonus si cerramos el patrocinador principal para la temporada 2027. Te mando el contrato en cuanto me digas que sí.

¿Lo hablamos mañana por teléfono?

Un abrazo,
Sergi Torres
Andbike Events, S.L."""), "es"),
      cte="b64"),
]

