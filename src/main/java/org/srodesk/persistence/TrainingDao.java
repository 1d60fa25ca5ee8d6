package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.compliance.TrainingCompletion;
import org.srodesk.domain.compliance.TrainingCourse;

/** Required training courses and officers' completions of them. */
@RegisterConstructorMapper(TrainingCourse.class)
@RegisterConstructorMapper(TrainingCompletion.class)
public interface TrainingDao {

    String COURSE = "SELECT id, code, name, renewal_months, required FROM training_course";
    String COMPLETION = "SELECT id, officer_id, course_id, completed_on, hours, provider, reference, recorded_by,"
            + " recorded_at FROM training_completion";

    @SqlQuery(COURSE + " ORDER BY id")
    List<TrainingCourse> findCourses();

    @SqlQuery(COURSE + " WHERE id = :id")
    Optional<TrainingCourse> findCourse(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM training_course WHERE UPPER(code) = UPPER(:code) OR UPPER(name) = UPPER(:name)")
    int countCoursesNamed(@Bind("code") String code, @Bind("name") String name);

    @SqlUpdate("INSERT INTO training_course (code, name, renewal_months, required, created_by)"
            + " VALUES (:c.code, :c.name, :c.renewalMonths, :c.required, :createdBy)")
    @GetGeneratedKeys("id")
    long insertCourse(@BindMethods("c") TrainingCourse course, @Bind("createdBy") String createdBy);

    @SqlQuery(COMPLETION + " ORDER BY officer_id, course_id, completed_on")
    List<TrainingCompletion> findCompletions();

    @SqlQuery(COMPLETION + " WHERE officer_id = :officerId ORDER BY completed_on DESC, course_id")
    List<TrainingCompletion> findCompletionsOf(@Bind("officerId") long officerId);

    @SqlQuery(COMPLETION + " WHERE completed_on BETWEEN :from AND :to ORDER BY completed_on")
    List<TrainingCompletion> findCompletionsBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT COUNT(*) FROM training_completion WHERE officer_id = :officerId AND course_id = :courseId"
            + " AND completed_on = :day")
    int countCompletions(@Bind("officerId") long officerId, @Bind("courseId") long courseId, @Bind("day") LocalDate day);

    String INSERT_COMPLETION = """
            INSERT INTO training_completion (officer_id, course_id, completed_on, hours, provider, reference,
                   recorded_by, recorded_at)
            VALUES (:officerId, :courseId, :completedOn, :hours, :provider, :reference, :recordedBy, :recordedAt)
            """;

    @SqlUpdate(INSERT_COMPLETION)
    @GetGeneratedKeys("id")
    long insertCompletion(@BindMethods TrainingCompletion completion);

    @SqlBatch(INSERT_COMPLETION)
    void insertCompletions(@BindMethods List<TrainingCompletion> completions);
}
