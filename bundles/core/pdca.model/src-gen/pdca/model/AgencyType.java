/**
 */
package pdca.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Agency Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see pdca.model.PdcaPackage#getAgencyType()
 * @model
 * @generated
 */
public enum AgencyType implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "OTHER"),

	/**
	 * The '<em><b>ELECTION COMMISSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTION_COMMISSION_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTION_COMMISSION(1, "ELECTION_COMMISSION", "ELECTION_COMMISSION"),

	/**
	 * The '<em><b>HOUSEHOLD REGISTRATION OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSEHOLD_REGISTRATION_OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	HOUSEHOLD_REGISTRATION_OFFICE(2, "HOUSEHOLD_REGISTRATION_OFFICE", "HOUSEHOLD_REGISTRATION_OFFICE"),

	/**
	 * The '<em><b>MOTOR VEHICLE STATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOTOR_VEHICLE_STATION_VALUE
	 * @generated
	 * @ordered
	 */
	MOTOR_VEHICLE_STATION(3, "MOTOR_VEHICLE_STATION", "MOTOR_VEHICLE_STATION"),

	/**
	 * The '<em><b>COUNTY PLANNING DEPARTMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_PLANNING_DEPARTMENT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTY_PLANNING_DEPARTMENT(4, "COUNTY_PLANNING_DEPARTMENT", "COUNTY_PLANNING_DEPARTMENT");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>ELECTION COMMISSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTION_COMMISSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELECTION_COMMISSION_VALUE = 1;

	/**
	 * The '<em><b>HOUSEHOLD REGISTRATION OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOUSEHOLD_REGISTRATION_OFFICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOUSEHOLD_REGISTRATION_OFFICE_VALUE = 2;

	/**
	 * The '<em><b>MOTOR VEHICLE STATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOTOR_VEHICLE_STATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOTOR_VEHICLE_STATION_VALUE = 3;

	/**
	 * The '<em><b>COUNTY PLANNING DEPARTMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_PLANNING_DEPARTMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTY_PLANNING_DEPARTMENT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Agency Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AgencyType[] VALUES_ARRAY =
		new AgencyType[] {
			OTHER,
			ELECTION_COMMISSION,
			HOUSEHOLD_REGISTRATION_OFFICE,
			MOTOR_VEHICLE_STATION,
			COUNTY_PLANNING_DEPARTMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Agency Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AgencyType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Agency Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgencyType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgencyType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agency Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgencyType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgencyType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agency Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgencyType get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case ELECTION_COMMISSION_VALUE: return ELECTION_COMMISSION;
			case HOUSEHOLD_REGISTRATION_OFFICE_VALUE: return HOUSEHOLD_REGISTRATION_OFFICE;
			case MOTOR_VEHICLE_STATION_VALUE: return MOTOR_VEHICLE_STATION;
			case COUNTY_PLANNING_DEPARTMENT_VALUE: return COUNTY_PLANNING_DEPARTMENT;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AgencyType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AgencyType
