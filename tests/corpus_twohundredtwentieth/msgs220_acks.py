"""Corpus 220: application_received (21) and offer (10)."""

from __future__ import annotations

from msgs220_common import ats_card, mso, outlook_html, paras, pdf, quote, simple_html
from msgs220_invites import ALPENBOGEN, LEVANTE, PARKSIDE, TURIA

MESSAGES: list[dict] = [
    # ================================================================ application_received
    # ---- German (10)
    dict(
        kind="application_received", name="alpenbogen_workday", lang="de",
        company="Congress Alpenbogen", contact="",
        frm=("Congress Alpenbogen", "alpenbogen@myworkday.com"),
        subject="Vielen Dank für Ihre Bewerbung: Eventkoordination (R-2026-0117)",
        date="2026-02-09 22:14 +0100", thread="alpenbogen",
        text="""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihre Bewerbung als Eventkoordinator*in (R-2026-0117) beim Congress
Alpenbogen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns in den nächsten Wochen bei Ihnen.
Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
https://alpenbogen.wd3.myworkday.example.com/careers/profile

Freundliche Grüße
Ihr Recruiting-Team des Congress Alpenbogen

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.""",
        html=ats_card("Congress Alpenbogen", "#005f73", paras("""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihre Bewerbung als Eventkoordinator*in (R-2026-0117) beim Congress
Alpenbogen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns in den nächsten Wochen bei Ihnen.""")
            + '\n<p><a href="https://alpenbogen.wd3.myworkday.example.com/careers/profile">'
            "Zum Kandidatenprofil</a></p>\n<p>Freundliche Grüße<br>Ihr Recruiting-Team des "
            "Congress Alpenbogen</p>",
            "Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese "
            "Nachricht."),
        cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", name="goldene_gams_personio", lang="de",
        company="Hotel Goldene Gams", contact="",
        frm=("Hotel Goldene Gams", "no-reply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung – Veranstaltungsassistenz",
        date="2026-01-20 09:03 +0100", thread="goldenegams",
        text="""Grüß Gott Frau Oyelaran-Voss,

schön, dass Sie sich für die Stelle als Veranstaltungsassistenz im Hotel Goldene Gams
interessieren! Ihre Bewerbung ist bei uns eingegangen.

Wir erhalten derzeit sehr viele Bewerbungen. Leider ist es uns deshalb nicht möglich,
jeder Bewerberin und jedem Bewerber individuell zu antworten oder telefonische Auskünfte
zum Stand zu geben. Sobald wir Ihre Unterlagen gesichtet haben, hören Sie von uns.

Herzliche Grüße aus der Altstadt
Ihr Team vom Hotel Goldene Gams
Herzog-Friedrich-Straße 9, 6020 Innsbruck""",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", name="donaupalais_unterlagen_erhalten", lang="de",
        company="Hotel Donaupalais", contact="lukas.hrdlicka@donaupalais.example.at",
        frm=("Lukas Hrdlicka", "lukas.hrdlicka@donaupalais.example.at"),
        subject="Ihre Bewerbung – Event Sales & Coordination",
        date="2026-05-11 16:40 +0200", thread="donaupalais",
        text="""Sehr geehrte Frau Oyelaran-Voss,

danke für Ihre Bewerbung als Event Sales & Coordination Managerin. Ihre Unterlagen sind
vollständig bei mir angekommen.

Wir sammeln noch bis Ende dieser Woche Bewerbungen und melden uns dann innerhalb von
etwa zwei Wochen mit dem weiteren Vorgehen.

Freundliche Grüße
Lukas Hrdlicka
HR Business Partner
Hotel Donaupalais Wien
Praterstraße 44, 1020 Wien
T +43 1 21 44 700-35

Hotel Donaupalais Betriebs-GmbH · FN 381122 x · Handelsgericht Wien""",
        html=outlook_html(mso("""Sehr geehrte Frau Oyelaran-Voss,

danke für Ihre Bewerbung als Event Sales & Coordination Managerin. Ihre Unterlagen sind
vollständig bei mir angekommen.

Wir sammeln noch bis Ende dieser Woche Bewerbungen und melden uns dann innerhalb von
etwa zwei Wochen mit dem weiteren Vorgehen.

Freundliche Grüße
Lukas Hrdlicka
HR Business Partner
Hotel Donaupalais Wien
Praterstraße 44, 1020 Wien
T +43 1 21 44 700-35

Hotel Donaupalais Betriebs-GmbH · FN 381122 x · Handelsgericht Wien""")),
    ),
    dict(
        kind="application_received", name="tirolpersonal_registrierung", lang="de",
        company="Tirol Personal Partner", contact="b.kofler@tirolpersonal.example.at",
        frm=("Tirol Personal Partner", "registrierung-noreply@tirolpersonal.example.at"),
        reply_to=("Bernhard Kofler", "b.kofler@tirolpersonal.example.at"),
        subject="Willkommen bei Tirol Personal Partner – Ihre Registrierung",
        date="2026-01-07 13:11 +0100", thread="tirolpersonal",
        text="""Sehr geehrte Frau Oyelaran-Voss,

vielen Dank für Ihre Registrierung in unserem Kandidatenpool. Ihr Profil und Ihr
Lebenslauf sind bei uns gespeichert.

Ihr persönlicher Ansprechpartner ist Bernhard Kofler (Hotellerie & Events). Er sieht sich
Ihre Unterlagen in den nächsten Tagen an und meldet sich, sobald eine passende Position
bei einem unserer Auftraggeber frei ist. Wir leiten Ihre Daten nur nach Rücksprache mit
Ihnen an Unternehmen weiter.

Fragen? Antworten Sie einfach auf diese E-Mail – sie geht direkt an Herrn Kofler.

Freundliche Grüße
Tirol Personal Partner GmbH
Museumstraße 21, 6020 Innsbruck
www.tirolpersonal.example.at""",
        cte="base64",
    ),
    dict(
        kind="application_received", name="mirabell_softgarden", lang="de",
        company="Festspielservice Mirabell", contact="",
        frm=("Festspielservice Mirabell", "noreply@softgarden.io"),
        subject="Ihre Bewerbung ist bei uns eingegangen",
        date="2026-04-02 07:19 +0200", thread="mirabell",
        html=ats_card("Festspielservice Mirabell", "#8b1e3f", paras("""Liebe Frau Oyelaran-Voss,

herzlichen Dank für Ihre Bewerbung als Gästebetreuung / Eventkoordination für den
Festspielsommer 2026. Wir haben Ihre Unterlagen erhalten und werden sie in Ruhe prüfen.

Bitte haben Sie etwas Geduld – in der Saisonvorbereitung kann das bis zu drei Wochen
dauern. Den Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Bewerberkonto.

Mit herzlichen Grüßen
Ihr Team Personal & Organisation"""),
            "Festspielservice Mirabell GmbH · Hofstallgasse 1 · 5020 Salzburg · "
            "versendet über softgarden"),
        cte="qp",
    ),
    dict(
        kind="application_received", name="sill_eingangsbestaetigung", lang="de",
        company="Hochschule Sill", contact="",
        frm=("Hochschule Sill - Bewerbungsportal", "bewerbung-noreply@hochschule-sill.example.at"),
        subject="Eingangsbestätigung - Kennzahl 14/2026",
        subj_enc=("iso-8859-1", "B"), subj_mode="full",
        date="2026-01-13 07:02 +0100", thread="sill",
        text="""Sehr geehrte Frau Oyelaran-Voss,

wir bestätigen den Eingang Ihrer Bewerbung zur Ausschreibung Kennzahl 14/2026
(Referent*in für Veranstaltungsmanagement, Abteilung Kommunikation & Veranstaltungen).

Die Bewerbungsfrist endet am 23. Jänner 2026. Nach Ablauf der Frist prüft die
Auswahlkommission alle Bewerbungen; ausgewählte Personen werden zu einem Hearing
eingeladen. Bitte sehen Sie von Rückfragen zum Stand des Verfahrens ab.

Die Hochschule Sill strebt eine Erhöhung des Frauenanteils in Leitungsfunktionen an.

Personalabteilung
Hochschule Sill, Sillgasse 8, 6020 Innsbruck

Dies ist eine automatisch generierte Nachricht.""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        kind="application_received", name="lindenhof_successfactors", lang="de",
        company="Hotel Lindenhof Zürich", contact="",
        frm=("Hotel Lindenhof Zürich", "noreply@successfactors.eu"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Bestätigung: Bewerbung Event Coordinator (Job-ID 4410)",
        date="2026-08-26 12:30 +0200", thread="lindenhof",
        text="""Grüezi Frau Oyelaran-Voss

Besten Dank für Ihre Bewerbung als Event Coordinator (Job-ID 4410). Wir haben Ihre
Unterlagen erhalten und werden diese so rasch wie möglich prüfen.

Sie erhalten innert drei Wochen eine Rückmeldung von uns. Bis dahin bitten wir Sie um
etwas Geduld.

Freundliche Grüsse
Human Resources
Hotel Lindenhof Zürich
Lindenhofstrasse 3, 8001 Zürich

Diese Nachricht wurde automatisch erstellt.""",
        html=simple_html(paras("""Grüezi Frau Oyelaran-Voss

Besten Dank für Ihre Bewerbung als Event Coordinator (Job-ID 4410). Wir haben Ihre
Unterlagen erhalten und werden diese so rasch wie möglich prüfen.

Sie erhalten innert drei Wochen eine Rückmeldung von uns. Bis dahin bitten wir Sie um
etwas Geduld.

Freundliche Grüsse
Human Resources
Hotel Lindenhof Zürich
Lindenhofstrasse 3, 8001 Zürich""") + '\n<p style="font-size:10px;color:#999">Diese '
            "Nachricht wurde automatisch erstellt.</p>"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", name="ringexecutive_lebenslauf_erhalten", lang="de",
        company="Kärntner Ring Executive Search", contact="v.lang-sedlacek@ringexecutive.example.at",
        frm=("Mag. Viktoria Lang-Sedlacek", "v.lang-sedlacek@ringexecutive.example.at"),
        frm_enc=("utf-8", "Q"),
        subject="Ihr Lebenslauf – vertrauliches Mandat Eventleitung",
        date="2026-07-13 18:22 +0200", thread="ringexecutive",
        text="""Sehr geehrte Frau Oyelaran-Voss,

herzlichen Dank für die Zusendung Ihres Lebenslaufs. Ich habe ihn erhalten und werde ihn
diese Woche in Ruhe durchgehen.

Wie am Telefon erwähnt, handelt es sich um ein vertrauliches Mandat; den Namen unseres
Mandanten darf ich erst in einem späteren Schritt nennen. Ich melde mich mit einem
Terminvorschlag für ein erstes Gespräch.

Mit freundlichen Grüßen

Mag. Viktoria Lang-Sedlacek
Partnerin
Kärntner Ring Executive Search GmbH
Kärntner Ring 12, 1010 Wien
+43 1 512 40 90

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt.""",
        cte="qp",
    ),
    dict(
        kind="application_received", name="almrausch_bamboohr", lang="de",
        company="Almrausch Catering & Events", contact="",
        frm=("Almrausch Catering & Events", "notifications@app.bamboohr.com"),
        subject="Danke für deine Bewerbung bei Almrausch!",
        date="2026-08-10 20:47 +0200", thread="almrausch",
        text="""Hallo Henrietta,

danke, dass du dich als Eventkoordinatorin bei Almrausch Catering & Events beworben hast!
Deine Bewerbung ist angekommen und landet jetzt bei unserem Team.

Wir schauen uns jede Bewerbung persönlich an und melden uns, sobald wir durch sind –
meistens dauert das ein bis zwei Wochen.

Bis bald
Dein Almrausch-Team

Diese Nachricht wurde über BambooHR versendet. Bitte nicht antworten.""",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", name="kulturquartier_recruitee", lang="de",
        company="Kulturquartier Neubau", contact="",
        frm=("Kulturquartier Neubau", "no-reply@jobs.recruitee.com"),
        subject="Wir haben Ihre Bewerbung erhalten – Produktionskoordination",
        date="2026-03-30 11:05 +0200", thread="kulturquartier",
        html=ats_card("Kulturquartier Neubau", "#333333", paras("""Liebe Henrietta Oyelaran-Voss,

vielen Dank für Ihre Bewerbung als Produktionskoordination (Veranstaltungen & Vermietung).
Wir haben sie erhalten und melden uns nach Ende der Bewerbungsfrist am 10. April.

Wir freuen uns, dass Sie Teil unseres Hauses werden möchten!

Das Team des Kulturquartier Neubau
Zieglergasse 25, 1070 Wien"""), "Powered by Recruitee"),
        cte="base64",
    ),
    # ---- English (5)
    dict(
        kind="application_received", name="lanternfly_greenhouse", lang="en",
        company="Lanternfly Live", contact="",
        frm=("Lanternfly Live", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Lanternfly Live",
        date="2026-04-08 20:31 +0100", thread="lanternfly",
        text="""Hi Henrietta,

Thanks for applying for the Event Coordinator (Live Experiences) role at Lanternfly Live!
We've received your application and our team will review it shortly.

If your experience looks like a match, someone from our talent team will reach out about
next steps.

All the best,
The Lanternfly Live Talent Team

Please do not reply to this email - this mailbox is not monitored.""",
        html=ats_card("Lanternfly Live", "#1f2a44", paras("""Hi Henrietta,

Thanks for applying for the Event Coordinator (Live Experiences) role at Lanternfly Live!
We've received your application and our team will review it shortly.

If your experience looks like a match, someone from our talent team will reach out about
next steps.

All the best,
The Lanternfly Live Talent Team"""), "Please do not reply to this email - this mailbox is "
            "not monitored.", lang="en"),
    ),
    dict(
        kind="application_received", name="fenwick_icims", lang="en",
        company="The Fenwick Hotel", contact="",
        frm=("The Fenwick Hotel Careers", "fenwickhotel-careers@icims.com"),
        subject="Application received: Guest Experience & Events Lead (Req 26-0412)",
        date="2026-07-07 14:15 +0100", thread="fenwick",
        text="""Dear Henrietta,

Thank you for your interest in The Fenwick Hotel. This message confirms that we have
received your application for Guest Experience & Events Lead (Req 26-0412).

Our recruitment team reviews every application against the requirements of the role. You
can check the status of your application at any time in the candidate portal:
https://careers-fenwickhotel.icims.example.com/jobs/candidate

Kind regards,
Talent Acquisition
The Fenwick Hotel, London

This is an automated message; please do not reply.""",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", name="parkside_registration", lang="en",
        company="Parkside Talent", contact="dan.whitcombe@parksidetalent.example.co.uk",
        frm=PARKSIDE,
        subject="Welcome to Parkside - you're registered",
        date="2026-02-16 17:02 +0000", thread="parkside",
        text="""Hi Henrietta,

Thanks for taking the time to speak with me this afternoon - I've now registered you with
Parkside Talent and your CV is on our system.

As discussed, I'll be looking at event and festival coordination roles in London from
April onwards. I won't send your details to any client without checking with you first.

Could you send me two references when you get a chance?

Speak soon,
Dan Whitcombe
Senior Consultant - Live Events
Parkside Talent
+44 20 7946 0471 | parksidetalent.example.co.uk

Parkside Talent Ltd is registered in England and Wales, no. 09876543. This email and any
attachments are confidential and intended solely for the addressee.""",
    ),
    dict(
        kind="application_received", name="kingsmere_no_individual_reply", lang="en",
        company="Kingsmere University", contact="",
        frm=("Kingsmere University Recruitment", "recruitment-noreply@kingsmere.example.ac.uk"),
        subject="Kingsmere University - application acknowledgement (Ref KU-EV-2231)",
        date="2026-06-22 10:00 +0100", thread="kingsmere",
        text="""Dear Henrietta Oyelaran-Voss,

Thank you for applying for the post of Events Officer (Ref KU-EV-2231) in the Conferences
and Events Office.

We confirm receipt of your application. Due to the high volume of applications we
receive, we are unfortunately unable to reply to every applicant individually. Shortlisted
candidates will be contacted within three weeks of the closing date (3 July 2026).

Kingsmere University is committed to equality, diversity and inclusion.

Human Resources - Recruitment Team
Kingsmere University

This mailbox is not monitored.""",
        html=simple_html(paras("""Dear Henrietta Oyelaran-Voss,

Thank you for applying for the post of Events Officer (Ref KU-EV-2231) in the Conferences
and Events Office.

We confirm receipt of your application. Due to the high volume of applications we
receive, we are unfortunately unable to reply to every applicant individually. Shortlisted
candidates will be contacted within three weeks of the closing date (3 July 2026).

Kingsmere University is committed to equality, diversity and inclusion.

Human Resources - Recruitment Team
Kingsmere University

This mailbox is not monitored."""), lang="en"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", name="ashcombe_ashby", lang="en",
        company="Ashcombe Arts Festival", contact="",
        frm=("Ashcombe Arts Festival", "no-reply@ashbyhq.com"),
        subject="We've got your application, Henrietta",
        date="2026-05-18 08:42 +0100", thread="ashcombe",
        text="""Hi Henrietta,

Thanks for applying to be our Production Coordinator (Festival Site). Your application
and CV have reached us safely.

We read every application ourselves - no robots - so it may take us a week or two. We'll
be in touch either way.

Ashcombe Arts Festival - People Team

Sent via Ashby""",
    ),
    # ---- French (3)
    dict(
        kind="application_received", name="lumiere_taleo", lang="fr",
        company="Lumière Congrès", contact="",
        frm=("Lumière Congrès – Recrutement", "lumierecongres@taleo.net"),
        subject="Accusé de réception de votre candidature – Chargé(e) de projets congrès",
        date="2026-01-19 23:05 +0100", thread="lumiere",
        text="""Madame,

Nous accusons bonne réception de votre candidature au poste de Chargé(e) de projets
congrès (réf. LC-2026-008) et vous remercions de l'intérêt que vous portez à Lumière
Congrès.

Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à
nos attentes, nous prendrons contact avec vous dans les meilleurs délais.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service Ressources humaines
Lumière Congrès

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
        charset="iso-8859-1", cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", name="canuts_smartrecruiters", lang="fr",
        company="Hôtel des Canuts", contact="",
        frm=("Hôtel des Canuts", "noreply@smartrecruiters.com"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Merci pour votre candidature chez Hôtel des Canuts",
        date="2026-05-04 15:33 +0200", thread="canuts",
        html=ats_card("Hôtel des Canuts", "#5b2c6f", paras("""Bonjour Henrietta,

Merci d'avoir postulé au poste de Coordinatrice séminaires & banquets. Nous avons bien
reçu votre candidature et elle est en cours d'examen par notre équipe.

Nous vous recontacterons si votre profil est retenu pour la suite du processus.

À bientôt,
L'équipe Talents – Hôtel des Canuts, Lyon 4e"""),
            "Propulsé par SmartRecruiters · Ne répondez pas à ce message.", lang="fr"),
    ),
    dict(
        kind="application_received", name="saone_cv_recu", lang="fr",
        company="Saône Recrutement", contact="a.despinoy@saone-recrutement.example.fr",
        frm=("Aurélie Despinoy", "a.despinoy@saone-recrutement.example.fr"),
        subject="Bien reçu votre CV",
        date="2026-01-26 12:48 +0100", thread="saone",
        text="""Bonjour Henrietta,

Je vous confirme que nous avons bien reçu votre CV ainsi que votre lettre, merci.

Je l'ai enregistré dans notre vivier « événementiel & hôtellerie » et je le présenterai à
nos clients lyonnais dès qu'une mission correspondra à votre profil. Je vous contacterai
toujours avant de transmettre votre dossier.

Belle journée,
Aurélie Despinoy
Consultante senior
Saône Recrutement
24 quai Saint-Antoine, 69002 Lyon – 04 78 00 61 30""",
        cte="8bit",
    ),
    # ---- Spanish (3)
    dict(
        kind="application_received", name="turia_acuse", lang="es",
        company="Feria Turia Eventos", contact="",
        frm=("Feria Turia Eventos · Personas", "seleccion-noreply@feriaturia.example.es"),
        frm_enc=("utf-8", "Q"),
        subject="Hemos recibido tu candidatura",
        date="2026-07-06 09:30 +0200", thread="turia",
        text="""Hola Henrietta:

Gracias por enviarnos tu candidatura para el puesto de coordinadora de eventos. La hemos
recibido correctamente y el equipo de Personas la revisará en los próximos días.

Si tu perfil encaja con lo que buscamos, te contactaremos para el siguiente paso.

Un saludo,
Equipo de Personas · Feria Turia Eventos

Este mensaje se ha enviado de forma automática; por favor, no respondas.""",
        cte="qp",
    ),
    dict(
        kind="application_received", name="albufera_workable", lang="es",
        company="Hotel Albufera Mar", contact="",
        frm=("Hotel Albufera Mar", "noreply@workablemail.com"),
        subject="Gracias por tu solicitud – Coordinador/a de bodas y eventos",
        date="2026-02-23 18:12 +0100", thread="albufera",
        text="""Hola Henrietta,

Gracias por tu interés en Hotel Albufera Mar. Hemos recibido tu solicitud para el puesto
de Coordinador/a de bodas y eventos.

Revisaremos tu candidatura y nos pondremos en contacto contigo si encaja con el perfil.

Saludos,
Hotel Albufera Mar
Recursos Humanos

Enviado con Workable""",
        html=ats_card("Hotel Albufera Mar", "#0277bd", paras("""Hola Henrietta,

Gracias por tu interés en Hotel Albufera Mar. Hemos recibido tu solicitud para el puesto
de Coordinador/a de bodas y eventos.

Revisaremos tu candidatura y nos pondremos en contacto contigo si encaja con el perfil.

Saludos,
Hotel Albufera Mar
Recursos Humanos"""), "Enviado con Workable", lang="es"),
    ),
    dict(
        kind="application_received", name="levante_alta_candidata", lang="es",
        company="Levante Talento", contact="nuria.ferrer@levantetalento.example.es",
        frm=LEVANTE,
        subject="Ya estás en nuestra base de candidatos",
        date="2026-04-20 12:12 +0200", thread="levante",
        text="""Hola Henrietta:

Gracias por la llamada de esta mañana. Te confirmo que ya te he dado de alta en Levante
Talento y que tenemos tu CV.

Estoy trabajando ahora mismo en dos procesos de festivales de verano y uno de hotel en
la costa; en cuanto vea algo que te encaje, te escribo antes de presentar tu candidatura.

Un abrazo,
Nuria Ferrer Climent
Consultora de selección · Levante Talento
Gran Vía Marqués del Turia 19, 46005 Valencia · 963 00 41 72""",
    ),
    # ================================================================ offer
    # ---- German (5)
    dict(
        kind="offer", name="alpenbogen_angebot_pdf", lang="de",
        company="Congress Alpenbogen", contact="sabine.thurner@alpenbogen.example.at",
        frm=ALPENBOGEN,
        subject="Ihr Angebot: Eventkoordinatorin beim Congress Alpenbogen",
        date="2026-03-20 11:48 +0100", thread="alpenbogen",
        text="""Sehr geehrte Frau Oyelaran-Voss,

es freut mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als Eventkoordinatorin
im Congress Alpenbogen anbieten zu dürfen. Die Gespräche mit Ihnen haben uns überzeugt.

Die wichtigsten Eckdaten:
- Eintritt: 1. Mai 2026
- Beschäftigungsausmaß: 38,5 Wochenstunden
- Bruttomonatsgehalt: € 2.950,– (14 Mal jährlich), Einstufung laut Kollektivvertrag
- Probezeit: ein Monat

Den Entwurf des Dienstvertrags finden Sie im Anhang. Bitte geben Sie uns bis Freitag,
27. März, Bescheid, ob Sie das Angebot annehmen. Für Fragen stehe ich Ihnen gern zur
Verfügung.

Mit freundlichen Grüßen

Mag. Sabine Thurner
Human Resources
Congress Alpenbogen Betriebsgesellschaft m.b.H.
Rennweg 3, 6020 Innsbruck
T +43 512 57 36 - 214""",
        html=outlook_html(mso("""Sehr geehrte Frau Oyelaran-Voss,

es freut mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als Eventkoordinatorin
im Congress Alpenbogen anbieten zu dürfen. Die Gespräche mit Ihnen haben uns überzeugt.

Die wichtigsten Eckdaten:
- Eintritt: 1. Mai 2026
- Beschäftigungsausmaß: 38,5 Wochenstunden
- Bruttomonatsgehalt: € 2.950,– (14 Mal jährlich), Einstufung laut Kollektivvertrag
- Probezeit: ein Monat

Den Entwurf des Dienstvertrags finden Sie im Anhang. Bitte geben Sie uns bis Freitag,
27. März, Bescheid, ob Sie das Angebot annehmen. Für Fragen stehe ich Ihnen gern zur
Verfügung.

Mit freundlichen Grüßen

Mag. Sabine Thurner
Human Resources
Congress Alpenbogen Betriebsgesellschaft m.b.H.
Rennweg 3, 6020 Innsbruck
T +43 512 57 36 - 214""")),
        attach=[pdf("Dienstvertrag_Entwurf_Oyelaran-Voss.pdf", "Dienstvertrag (Entwurf)",
                    ["zwischen Congress Alpenbogen Betriebsgesellschaft m.b.H.",
                     "und Frau Henrietta Oyelaran-Voss",
                     "Verwendung: Eventkoordinatorin, Eintritt 01.05.2026",
                     "Entgelt: EUR 2.950,- brutto monatlich, 14 x jährlich",
                     "Arbeitszeit: 38,5 Stunden pro Woche"])],
        cte="qp",
    ),
    dict(
        kind="offer", name="bergkristall_muendliche_zusage", lang="de",
        company="Hotel Bergkristall Igls", contact="stefanie.haas@bergkristall-igls.example.at",
        frm=("Stefanie Haas", "stefanie.haas@bergkristall-igls.example.at"),
        subject="Wie besprochen – unser Angebot schriftlich",
        subj_enc=("utf-8", "B"),
        date="2026-10-21 10:16 +0200", thread="bergkristall",
        text="""Liebe Frau Oyelaran-Voss,

wie gestern am Telefon besprochen, möchten wir Ihnen die Stelle in der
Veranstaltungskoordination sehr gerne anbieten. Herr Direktor Hörtnagl war nach Ihrem
Gespräch am Donnerstag begeistert.

Hier noch einmal schriftlich, was wir vereinbart haben: Beginn am 1. Dezember 2026,
Vollzeit, € 2.780,– brutto (14x), dazu eine Dienstwohnung in Igls für die ersten sechs
Monate, falls Sie möchten. Den Vertrag bereitet unsere Lohnverrechnung bis Ende der Woche
vor.

Wenn Sie uns Ihre Zusage bis nächsten Mittwoch geben, freuen wir uns riesig!

Herzliche Grüße
Stefanie Haas
Personal & Ausbildung
Hotel Bergkristall Igls""",
        charset="windows-1252", cte="qp",
    ),
    dict(
        kind="offer", name="tirolpersonal_kunde_kufstein", lang="de",
        company="Festungsarena Kufstein", contact="b.kofler@tirolpersonal.example.at",
        frm=("Bernhard Kofler", "b.kofler@tirolpersonal.example.at"),
        subject="Gute Nachrichten aus Kufstein!",
        date="2026-03-25 16:03 +0100",
        text="""Hallo Frau Oyelaran-Voss,

ich hab's Ihnen ja schon am Telefon angedeutet – jetzt ist es offiziell: Die Festungsarena
Kufstein möchte Ihnen die Stelle als Veranstaltungskoordinatorin anbieten!

Der Kunde bietet € 2.700,– brutto monatlich (14x), Start 1. Mai, befristet auf die
Saison bis Ende Oktober mit Option auf Übernahme. Das schriftliche Angebot schickt die
Festungsarena direkt an Sie, voraussichtlich morgen.

Melden Sie sich gern, wenn Sie vorher noch etwas besprechen möchten – auch zum Thema
Gehalt hätten wir noch etwas Spielraum.

Gratuliere!
Bernhard Kofler
Senior Consultant Hotellerie & Events
Tirol Personal Partner GmbH
+43 512 93 20 14""",
        cte="8bit",
    ),
    dict(
        kind="offer", name="almrausch_vertrag_signatur", lang="de",
        company="Almrausch Catering & Events", contact="markus.strolz@almrausch.example.at",
        frm=("Markus Strolz", "markus.strolz@almrausch.example.at"),
        subject="Dein Dienstvertrag zur Unterschrift",
        date="2026-09-02 09:44 +0200", thread="almrausch",
        text="""Servus Henrietta,

schön, dass du bei uns anfangen willst! Wie ausgemacht schicke ich dir den Dienstvertrag
als Eventkoordinatorin (Start 1. Oktober, 30 Stunden) zur Unterschrift.

Du kannst ihn ganz einfach elektronisch unterschreiben:
https://sign.almrausch.example.at/envelope/5c1f-hov

Das PDF hängt zum Durchlesen auch noch einmal dran. Wenn was unklar ist, ruf mich an.

Liebe Grüße
Markus Strolz
Geschäftsführung
Almrausch Catering & Events GmbH
Haller Straße 133, 6020 Innsbruck
+43 664 77 02 318""",
        attach=[pdf("Dienstvertrag_Almrausch_Oyelaran-Voss.pdf", "Dienstvertrag",
                    ["Almrausch Catering & Events GmbH – Henrietta Oyelaran-Voss",
                     "Eventkoordinatorin, 30 Wochenstunden, Beginn 01.10.2026",
                     "Kollektivvertrag Gastgewerbe"])],
    ),
    dict(
        kind="offer", name="kulturquartier_angebot", lang="de",
        company="Kulturquartier Neubau", contact="sophie.traxler@kulturquartier.example.at",
        frm=("Mag.a Sophie Traxler", "sophie.traxler@kulturquartier.example.at"),
        subject="Angebot Produktionskoordination",
        date="2026-04-28 15:27 +0200", thread="kulturquartier",
        text="""Liebe Frau Oyelaran-Voss,

nach den beiden Gesprächen sind wir uns im Team einig: Wir möchten Sie sehr gerne als
Produktionskoordinatorin im Kulturquartier Neubau haben!

Im Anhang finden Sie unser Angebotsschreiben mit allen Konditionen (Beginn 1. Juni,
32 Wochenstunden, Gehalt nach unserem Haus-Schema Stufe C2). Bitte schauen Sie es sich in
Ruhe an und geben Sie uns bis 8. Mai Bescheid.

Ich freue mich auf Ihre Antwort!

Herzliche Grüße
Sophie Traxler
Geschäftsführung Kulturquartier Neubau
Zieglergasse 25, 1070 Wien""",
        attach=[pdf("Angebot_Produktionskoordination.pdf", "Angebotsschreiben",
                    ["Kulturquartier Neubau – Angebot an Henrietta Oyelaran-Voss",
                     "Funktion: Produktionskoordination, Beginn 01.06.2026",
                     "Ausmaß: 32 Wochenstunden; Schema Stufe C2",
                     "Rückmeldung erbeten bis 08.05.2026"])],
        cte="base64",
    ),
    # ---- English (2)
    dict(
        kind="offer", name="ashcombe_contract_for_signature", lang="en",
        company="Ashcombe Arts Festival", contact="ruby.catterall@ashcombefestival.example.org",
        frm=("Ruby Catterall", "ruby.catterall@ashcombefestival.example.org"),
        subject="Your offer from Ashcombe Arts Festival - contract to sign",
        date="2026-06-15 16:10 +0100", thread="ashcombe",
        text="""Hi Henrietta,

I'm delighted to confirm that we'd like to offer you the role of Production Coordinator
(Festival Site) - everyone on the panel was impressed.

Your contract is ready for e-signature here:
https://esign.ashcombefestival.example.org/c/HOV-2026-11

Summary: fixed term 1 July - 30 September 2026, £2,650 per month, accommodation on
site during build and festival weeks. A PDF copy is attached for your records.

Please sign by Friday 19 June if you're happy to accept. Give me a shout with any
questions at all.

Warmly,
Ruby Catterall
People & Operations Manager
Ashcombe Arts Festival""",
        attach=[pdf("Ashcombe_Contract_HOV.pdf", "Fixed-term contract",
                    ["Ashcombe Arts Festival - Production Coordinator (Festival Site)",
                     "Term: 1 July 2026 - 30 September 2026",
                     "Salary: GBP 2,650 per month"])],
    ),
    dict(
        kind="offer", name="parkside_client_thameside", lang="en",
        company="Thameside Exhibition Centre", contact="dan.whitcombe@parksidetalent.example.co.uk",
        frm=PARKSIDE,
        subject="They want you! Thameside offer",
        date="2026-04-22 17:35 +0100",
        text="""Henrietta!

Just off the phone with Thameside Exhibition Centre - the client wants to make you an
offer for the Exhibitor Services Coordinator role. Verbal for now: £31,500 plus a 5%
bonus, starting 1 June, hybrid after probation.

Their HR will send the written offer tomorrow. Before that lands, let's talk tonight or
first thing tomorrow - I think there's a bit of room on the start date if you need it.

Huge congratulations, well deserved after the Hollowmead disappointment.

Dan""",
        html=simple_html(paras("""Henrietta!

Just off the phone with Thameside Exhibition Centre - the client wants to make you an
offer for the Exhibitor Services Coordinator role. Verbal for now: £31,500 plus a 5%
bonus, starting 1 June, hybrid after probation.

Their HR will send the written offer tomorrow. Before that lands, let's talk tonight or
first thing tomorrow - I think there's a bit of room on the start date if you need it.

Huge congratulations, well deserved after the Hollowmead disappointment.

Dan"""), lang="en"),
    ),
    # ---- French (2)
    dict(
        kind="offer", name="biennale_promesse_embauche", lang="fr",
        company="Biennale des Pentes", contact="camille.ferrand@biennaledespentes.example.fr",
        frm=("Camille Ferrand", "camille.ferrand@biennaledespentes.example.fr"),
        subject="Proposition d'embauche – Coordinatrice de production",
        date="2026-09-18 11:20 +0200",
        text="""Chère Henrietta,

Suite à nos échanges et à votre entretien avec l'équipe de direction, j'ai le plaisir de
vous proposer le poste de coordinatrice de production pour l'édition 2027 de la Biennale
des Pentes.

Vous trouverez ci-joint la promesse d'embauche précisant les conditions : CDD de 10 mois
à compter du 2 novembre 2026, 35 heures, rémunération brute mensuelle de 2 350 €.

Merci de me retourner le document signé avant le 30 septembre. Je reste disponible pour
toute question.

Bien cordialement,
Camille Ferrand
Administratrice
Biennale des Pentes – Association loi 1901
3 montée de la Grande-Côte, 69001 Lyon""",
        attach=[pdf("Promesse_embauche_Oyelaran-Voss.pdf", "Promesse d'embauche",
                    ["Biennale des Pentes - Mme Henrietta Oyelaran-Voss",
                     "Poste : coordinatrice de production, CDD 10 mois",
                     "Début : 2 novembre 2026 - Rémunération : 2 350 EUR bruts"])],
        charset="windows-1252", cte="qp",
    ),
    dict(
        kind="offer", name="saone_client_saint_cyr", lang="fr",
        company="Domaine de Saint-Cyr Réceptions", contact="a.despinoy@saone-recrutement.example.fr",
        frm=("Aurélie Despinoy", "a.despinoy@saone-recrutement.example.fr"),
        subject="Proposition du Domaine de Saint-Cyr !",
        date="2026-04-10 17:52 +0200", thread="saone",
        text="""Bonjour Henrietta,

Excellente nouvelle : notre client, le Domaine de Saint-Cyr Réceptions, souhaite vous
faire une offre pour le poste de responsable mariages et réceptions !

Les conditions proposées : CDI, 2 600 € bruts mensuels sur 13 mois, prise de poste le
1er juin, logement possible sur le domaine pendant la période d'essai. La directrice vous
appellera lundi pour vous la présenter de vive voix, et le contrat suivra par écrit.

Je vous appelle demain matin pour en parler.

Bien à vous,
Aurélie Despinoy
Saône Recrutement""",
    ),
    # ---- Spanish (1)
    dict(
        kind="offer", name="turia_carta_oferta", lang="es",
        company="Feria Turia Eventos", contact="marta.ibanez@feriaturia.example.es",
        frm=TURIA, frm_enc=("utf-8", "B"),
        subject="Carta de oferta – Coordinadora de eventos",
        date="2026-07-31 13:05 +0200", thread="turia",
        text="""Hola Henrietta:

¡Enhorabuena! Nos alegra mucho ofrecerte el puesto de coordinadora de eventos en Feria
Turia Eventos. Te adjunto la carta de oferta con las condiciones que comentamos: contrato
indefinido, 28.000 € brutos anuales en 14 pagas, incorporación el 1 de septiembre.

Si estás de acuerdo, fírmala y devuélvemela antes del 7 de agosto. Cualquier duda, me
llamas.

Un abrazo,
Marta Ibáñez Soler
Responsable de Personas · Feria Turia Eventos
Tel. 961 00 23 45""",
        attach=[pdf("Carta_oferta_Oyelaran-Voss.pdf", "Carta de oferta",
                    ["Feria Turia Eventos - Henrietta Oyelaran-Voss",
                     "Puesto: coordinadora de eventos",
                     "Salario: 28.000 EUR brutos anuales, 14 pagas",
                     "Incorporación: 1 de septiembre de 2026"])],
        cte="qp",
    ),
]
